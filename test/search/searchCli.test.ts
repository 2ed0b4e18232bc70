// `samspil search …` in-process: the real CLI entry and services over a temp data dir and a corpus
// compiled from content/ into a temp folder; only stdout/stderr are captured.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { markSpans } from '../../electron/cli/commands/search';
import { writeCompiledContent } from '../../scripts/content/compileContent';
import type { SearchResponse } from '../../shared/search/types';
import { realCorpus } from './realCorpus';

let dir = '';
let corpusDir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-search-cli-'));
  corpusDir = path.join(dir, 'corpus');
  writeCompiledContent(corpusDir, realCorpus().corpus);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await runCli([
      '--data-dir',
      path.join(dir, 'data'),
      '--corpus-dir',
      corpusDir,
      'search',
      ...args,
    ]);
    return { code, out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('samspil search', () => {
  it('prints the same hits as JSON that the service gives, with every field', async () => {
    const { code, out } = await cli('kontrakt', '--json', '--limit', '2');
    expect(code).toBe(0);
    const response = JSON.parse(out) as SearchResponse;
    expect(response.hits).toHaveLength(2);
    expect(Object.keys(response.hits[0] ?? {})).toEqual(
      expect.arrayContaining([
        'id',
        'kind',
        'title',
        'titleSpans',
        'score',
        'match',
        'snippet',
        'snippetSpans',
      ]),
    );
    expect(response.facets.kind.quote).toBeGreaterThan(0);
  });

  it('applies --kind, --partnership and --factor', async () => {
    const quotes = JSON.parse(
      (await cli('frivillige', '--kind', 'quote', '--json')).out,
    ) as SearchResponse;
    expect(quotes.hits.every((h) => h.kind === 'quote')).toBe(true);
    const kbh = JSON.parse(
      (await cli('frivillige', '--partnership', 'kulturformidling-kbh', '--json', '--limit', '100'))
        .out,
    ) as SearchResponse;
    expect(kbh.total).toBe(kbh.facets.partnership['kulturformidling-kbh']);
    const factor = JSON.parse(
      (await cli('kontrakt', '--factor', 'struktur-formelle-rammer-oekonomi', '--json')).out,
    ) as SearchResponse;
    expect(factor.hits.map((h) => h.id)).toContain('struktur-formelle-rammer-oekonomi');
  });

  it('prints rank, kind, title, speaker and the snippet with hits marked «…»', async () => {
    const { code, out } = await cli('aftenskolerne', '--kind', 'quote', '--limit', '1');
    expect(code).toBe(0);
    expect(out).toMatch(/^ 1\. \[citat\] .+ — Repræsentant/m);
    expect(out).toContain('«aftenskolerne»');
  });

  it('says so when nothing matches', async () => {
    const { code, out } = await cli('xyzzyqq');
    expect(code).toBe(0);
    expect(out).toContain('Ingen resultater');
  });

  it.each([
    { args: [], message: 'skriv hvad der skal søges efter' },
    { args: ['tillid', '--limit', '0'], message: '--limit skal være et helt tal' },
    { args: ['tillid', '--kind', 'bog'], message: '--kind: ukendt type' },
    { args: ['tillid', '--group', 'x'], message: '--group: ukendt faktorgruppe' },
    { args: ['tillid', '--bogus'], message: 'ugyldige valg' },
  ])('refuses $args with a Danish message', async ({ args, message }) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it.each([
    {
      text: 'tillid og kontrakt',
      spans: [
        { start: 0, end: 6 },
        { start: 10, end: 18 },
      ],
      expected: '«tillid» og «kontrakt»',
    },
    { text: 'abc', spans: [], expected: 'abc' },
  ])('markSpans($text)', ({ text, spans, expected }) => {
    expect(markSpans(text, spans)).toBe(expected);
  });
});
