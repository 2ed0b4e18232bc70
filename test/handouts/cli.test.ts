// `samspil handout …` through the real CLI entry point, on a temp data folder and the real corpus.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { openServices } from '../../electron/services/services';

let dataDir: string;
/** Exports go outside the data folder (they are refused inside it). */
let outDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-cli-handout-'));
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-cli-handout-ud-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

/** Runs the CLI in this process and collects what it printed. */
async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk) => ((stdout += String(chunk)), true),
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk) => ((stderr += String(chunk)), true),
  );
  const code = await runCli(['--data-dir', dataDir, 'handout', ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

const ITEMS =
  'citat-aftenskole-kontrakt,relation-gensidig-tillid-respekt-forstaaelse,grow-your-life/formaal,laering-forankring';

describe('handout export --items', () => {
  it.each(['md', 'html', 'docx', 'pdf'] as const)('writes %s', async (format) => {
    const out = path.join(outDir, `ud.${format}`);
    const result = await cli(
      'export',
      '--items',
      ITEMS,
      '--title',
      'Prøve – æøå',
      '--format',
      format,
      '--out',
      out,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Skrev ${out} (${format.toUpperCase()}, 4 elementer)`);
    if (format === 'pdf') {
      expect(execFileSync('pdfinfo', [out]).toString()).toMatch(/Title:\s+Prøve – æøå/);
    } else if (format !== 'docx') {
      const text = fs.readFileSync(out, 'utf8');
      expect(text).toContain('Prøve – æøå');
      expect(text).toContain('Kilde: Baseret på VIVE (2018)');
    } else {
      expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it.each([
    [
      ['--items', 'findes-ikke,kilde-vive-2018', '--title', 'x', '--format', 'md'],
      /ukendt id: findes-ikke, kilde-vive-2018 \(typen »kilde«/,
    ],
    [['--items', 'laering-forankring', '--format', 'md'], /--title "…" mangler/],
    [
      ['--items', 'laering-forankring', '--title', 'x', '--format', 'odt'],
      /--format "odt" kendes ikke/,
    ],
    [['--title', 'x', '--format', 'md'], /enten --items id,id,… eller --handout/],
    [['--items', 'laering-forankring', '--title', 'x', '--bogus'], /ugyldige valg/],
  ])('refuses %j with a clear message and writes nothing', async (args, message) => {
    const out = path.join(outDir, 'ud.md');
    const result = await cli('export', ...args, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('saved handouts', () => {
  it('lists, shows and exports a saved handout, with a placeholder for dropped content', async () => {
    const services = openServices({ dataDir });
    const saved = services.handouts.create({
      title: 'Gemt handout',
      items: [
        { kind: 'quote', ref: 'citat-aftenskole-kontrakt', comment: '' },
        { kind: 'lesson', ref: 'laering-som-er-fjernet', comment: '' },
      ],
    });
    services.close();

    const list = await cli('list');
    expect(list.stdout).toMatch(new RegExp(`${saved.id} .* 2 elementer {2}Gemt handout`));
    const show = await cli('show', saved.id);
    expect(show.stdout).toContain('1. [Citat] citat-aftenskole-kontrakt – ');
    expect(show.stdout).toContain('2. [Læring, mangler] laering-som-er-fjernet');
    const json = JSON.parse((await cli('show', saved.id, '--json')).stdout) as {
      resolved: { kind: string }[];
    };
    expect(json.resolved.map((i) => i.kind)).toEqual(['quote', 'missing']);

    const out = path.join(outDir, 'gemt.md');
    const exported = await cli('export', '--handout', saved.id, '--format', 'md', '--out', out);
    expect(exported.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain(
      'Indholdet med id »laering-som-er-fjernet« findes ikke længere',
    );

    const missing = await cli('show', '00000000-0000-4000-8000-000000000000');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'Der findes ingen handout med id 00000000-0000-4000-8000-000000000000',
    );
  });
});
