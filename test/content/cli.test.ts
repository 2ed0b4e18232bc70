// `samspil list` and `samspil show` as a user runs them: the installed command (package.json bin,
// the bundled CLI) in a real process over a compiled corpus.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContentOrThrow, writeCompiledContent } from '../../scripts/content/compileContent';
import { compiledFixture } from './fixtureCorpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
};
const bin = path.join(repoRoot, pkg.bin.samspil ?? 'missing-bin');
let contentDir: string;
let corpusDir: string;
let dataDir: string;

beforeAll(() => {
  ({ contentDir, corpusDir } = compiledFixture());
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-cli-data-'));
});
afterAll(() => {
  for (const dir of [contentDir, corpusDir, dataDir])
    fs.rmSync(dir, { recursive: true, force: true });
});

function samspil(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, SAMSPIL_DATA_DIR: dataDir, SAMSPIL_CORPUS_DIR: corpusDir, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('samspil list', () => {
  it('--json lists every entry with its metadata and the counts per kind', () => {
    const { code, stdout } = samspil(['list', '--json']);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout);
    expect(listed.total).toBe(7);
    expect(listed.counts).toEqual({ source: 1, partnership: 1, quote: 2, factor: 2, lesson: 1 });
    expect(listed.entries.map((e: { id: string }) => e.id)).toEqual([
      'kilde-test',
      'pa',
      'citat-a',
      'citat-b',
      'relation-a',
      'struktur-b',
      'laering-x',
    ]);
    expect(listed.entries[4]).toMatchObject({
      id: 'relation-a',
      kind: 'factor',
      title: 'Gensidig tillid',
      group: 'relational',
      quotes: ['citat-a', 'citat-b'],
    });
    expect(listed.entries[4]).not.toHaveProperty('html');
  });

  it('--kind filters, in lines of id, kind and title (--corpus-dir works like the variable)', () => {
    const { code, stdout } = samspil(['list', '--kind', 'factor', '--corpus-dir', corpusDir], {
      SAMSPIL_CORPUS_DIR: '/nonexistent',
    });
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'relation-a  factor  Gensidig tillid',
      'struktur-b  factor  Formelle rammer',
    ]);
    expect(stdout).toContain('2 i alt: 2 faktorer');
  });

  it('refuses an unknown kind in Danish with exit code 1', () => {
    const { code, stdout, stderr } = samspil(['list', '--kind', 'opskrift']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'samspil list: ukendt type "opskrift" – vælg en af: source, partnership, quote, factor, lesson\n',
    );
  });
});

describe('samspil show', () => {
  it('--json gives the entry with metadata, text and html', () => {
    const { code, stdout } = samspil(['show', 'citat-b', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      id: 'citat-b',
      kind: 'quote',
      title: 'Koordinator: Kort citat.',
      speaker: { role: 'Koordinator (en af to)', certainty: 'sandsynlig' },
      factors: ['relation-a', 'struktur-b'],
      lessons: [],
      text: 'Kort citat.',
      html: '<p>Kort citat.</p>\n',
    });
  });

  it('shows a partnership section by its id', () => {
    const { code, stdout } = samspil(['show', 'pa/partnernes-funktioner', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      id: 'pa/partnernes-funktioner',
      kind: 'section',
      partnership: 'pa',
      title: 'Partnerskab A – Partnernes funktioner',
      text: 'Om partnernes funktioner i partnerskabet.',
    });
  });

  it('prints the remark on a certain speaker (the real corpus)', () => {
    const realCorpus = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-cli-real-'));
    try {
      writeCompiledContent(realCorpus, compileContentOrThrow(path.join(repoRoot, 'content')));
      const { code, stdout } = samspil(['show', 'citat-nysgerrighed-og-aabenhed'], {
        SAMSPIL_CORPUS_DIR: realCorpus,
      });
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /Taler: Koordinator i frivilligcenteret, Frivilligcenter Vesterbro, Kgs\. Enghave og Valby \(bemærkning: .*”vores dagtilbud”/,
      );
    } finally {
      fs.rmSync(realCorpus, { recursive: true, force: true });
    }
  });

  it('prints title, metadata and text for people', () => {
    const { code, stdout } = samspil(['show', 'relation-a']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Gensidig tillid',
        'faktor · relation-a · factors/relation-a.md',
        'Gruppe: Relationelle elementer (relational), nr. 1',
        'Relaterede:\n  struktur-b: Formelle rammer',
        'Citater:\n  citat-a: Leder af frivilligcenteret: Vi synes, det er rigtig vigtigt at have en kontrakt…\n  citat-b: Koordinator: Kort citat.',
        'Læringer:\n  laering-x: Læring X',
        '',
        'Tillid er vigtig.',
        '',
      ].join('\n'),
    );
  });

  it('says in Danish that an id is unknown, with exit code 1', () => {
    const { code, stderr } = samspil(['show', 'citat-x']);
    expect(code).toBe(1);
    expect(stderr).toBe('samspil: Der findes intet indhold med id "citat-x".\n');
  });

  it('tells to build when the corpus is missing', () => {
    const { code, stderr } = samspil(['show', 'citat-a'], { SAMSPIL_CORPUS_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr).toContain('Kør "npm run build"');
  });
});

describe('the samspil command', () => {
  it('is a bin entry that runs the bundle, with no TypeScript compiler at run time', () => {
    expect(pkg.bin.samspil).toBe('scripts/samspil.mjs');
    expect(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const { code } = samspil(['list', '--json']);
    expect(code).toBe(0);
    const bundle = fs.readFileSync(path.join(repoRoot, 'dist/cli/samspil.cjs'), 'utf8');
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    for (const compiler of ['tsx', 'typescript', 'esbuild'])
      expect(required).not.toContain(compiler);
  });
});
