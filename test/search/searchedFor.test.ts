// Say what was searched: English words the glossary translated and typos that were corrected are
// in the response (and the CLI's output), and an exact search takes the words as typed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { writeCompiledContent } from '../../scripts/content/compileContent';
import type { SearchResponse } from '../../shared/search/types';
import { realCorpus, realSearch } from './realCorpus';

const { search } = realSearch();

describe('the response says what was searched', () => {
  it.each([
    { q: 'trust', text: 'tillid', typed: 'trust', reason: 'english' },
    { q: 'steering group', text: 'styregruppe', typed: 'steering group', reason: 'english' },
    { q: 'tilid', text: 'tillid', typed: 'tilid', reason: 'typo' },
    { q: 'kontrakt trust', text: 'kontrakt tillid', typed: 'trust', reason: 'english' },
  ])('$q → $text ($reason)', ({ q, text, typed, reason }) => {
    const { searchedFor } = search.query({ q });
    expect(searchedFor?.text).toBe(text);
    expect(searchedFor?.rewrites).toEqual([
      expect.objectContaining({ typed, reason, searched: expect.arrayContaining([]) }),
    ]);
  });

  it.each(['tillid', 'frivillige', 'museum', 'workshop', 'til'])(
    'says nothing when "%s" was searched as typed',
    (q) => {
      expect(search.query({ q }).searchedFor).toBeUndefined();
    },
  );

  it('searches exactly what was typed on request: no translation, no correction', () => {
    const exact = search.query({ q: 'trust', exact: true });
    expect(exact.searchedFor).toBeUndefined();
    expect(exact.total).toBe(0);
    const typo = search.query({ q: 'tilid', exact: true });
    expect(typo.searchedFor).toBeUndefined();
    expect(typo.hits.every((h) => h.match !== 'fuzzy')).toBe(true);
  });
});

describe('samspil search says it too', () => {
  let dir = '';
  let corpusDir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-searched-for-'));
    corpusDir = path.join(dir, 'corpus');
    writeCompiledContent(corpusDir, realCorpus().corpus);
  });
  afterAll(() => {
    if (dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function cli(...args: string[]): Promise<string> {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    try {
      const base = ['--data-dir', path.join(dir, 'data'), '--corpus-dir', corpusDir, 'search'];
      expect(await runCli([...base, ...args])).toBe(0);
      return out;
    } finally {
      vi.restoreAllMocks();
    }
  }

  it('prints what was searched and how to search exactly what was typed', async () => {
    const out = await cli('trust', '--limit', '1');
    expect(out).toContain('Viser resultater for "tillid" (trust).');
    expect(out).toContain('search --exact "trust"');
    expect(await cli('--exact', 'trust')).toContain('Ingen resultater for "trust".');
  });

  it('puts it in --json', async () => {
    const response = JSON.parse(await cli('tilid', '--json')) as SearchResponse;
    expect(response.searchedFor).toEqual({
      text: 'tillid',
      rewrites: [{ typed: 'tilid', searched: expect.arrayContaining(['tillid']), reason: 'typo' }],
    });
  });
});
