// `samspil search --author` and `samspil notes list --author` in-process: the real CLI entry over
// two temp data folders on one shared folder (Anne shares, Bo syncs); only stdout/stderr captured.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCliCaptured } from '../cli/runCliCaptured';
import type { Note } from '../../shared/notes/types';
import type { SearchResponse } from '../../shared/search/types';
import { tempDir } from '../store/fixtures';

let root = '';
beforeEach(() => {
  root = tempDir('samspil-author-cli-');
});
afterEach(() => {
  vi.restoreAllMocks();
  if (path.isAbsolute(root) && root.length > 8) fs.rmSync(root, { recursive: true, force: true });
});

const cli = (device: string, ...args: string[]) => runCliCaptured(path.join(root, device), ...args);

async function json<T>(device: string, ...args: string[]): Promise<T> {
  const result = await cli(device, ...args, '--json');
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as T;
}

/** Anne shares a note and keeps one private; Bo syncs and writes a private note of his own. */
async function anneSharesWithBo(): Promise<void> {
  const folder = path.join(root, 'S-drev');
  fs.mkdirSync(folder);
  await json('anne', 'team', 'join', folder, '--name', 'Anne Holm');
  await json('bo', 'team', 'join', folder, '--name', 'Bo Lind');
  const add = (device: string, title: string, ...more: string[]) =>
    json<Note>(device, 'notes', 'add', '--title', title, '--body', 'Om tillid.', ...more);
  await add('anne', 'Annes fælles note', '--shared');
  await add('anne', 'Annes private note');
  await json('anne', 'team', 'sync');
  await json('bo', 'team', 'sync');
  await add('bo', 'Bos egen note');
}

const titles = (response: SearchResponse) => response.hits.map((h) => h.title).sort();

describe('samspil search --author', () => {
  it('finds only the colleague’s notes, in the text output and with --json', async () => {
    await anneSharesWithBo();
    const found = await json<SearchResponse>('bo', 'search', 'tillid', '--author', 'Anne Holm');
    expect(found.hits.map((h) => [h.kind, h.title, h.author, h.shared])).toEqual([
      ['note', 'Annes fælles note', 'Anne Holm', true],
    ]);
    expect(found.facets.author).toEqual({ 'Anne Holm': 1, 'Bo Lind': 1 });

    const text = await cli('bo', 'search', 'tillid', '--author', 'Anne Holm');
    expect(text.code).toBe(0);
    expect(text.out).toContain('1 resultater for "tillid"');
    expect(text.out).toContain('[note] Annes fælles note — af Anne Holm');
    expect(text.out).not.toContain('Bos egen note');
  });

  it('takes --author more than once (any of them), and an unknown author finds nothing', async () => {
    await anneSharesWithBo();
    const both = await json<SearchResponse>(
      'bo',
      ...['search', 'tillid', '--author', 'Anne Holm', '--author', 'Bo Lind'],
    );
    expect(titles(both)).toEqual(['Annes fælles note', 'Bos egen note']);

    const unknown = await cli('bo', 'search', 'tillid', '--author', 'Carl Ukendt');
    expect(unknown).toMatchObject({ code: 0, err: '' });
    expect(unknown.out).toContain('Ingen resultater for "tillid"');
  });

  it('refuses an empty name with a Danish message naming --author', async () => {
    const result = await cli('bo', 'search', 'tillid', '--author', ' ');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--author: et navn skal have 1 til 200 tegn');
  });

  it('names --author in the help text', async () => {
    const help = await cli('bo', 'help');
    expect(help.out).toMatch(/search "<søgning>".*--author/);
    expect(help.out).toMatch(/notes list .*--author/);
  });
});

describe('samspil notes list --author', () => {
  it('lists the notes a colleague wrote first, with the author in text and JSON', async () => {
    await anneSharesWithBo();
    const annes = await json<(Note & { author?: string })[]>(
      'bo',
      ...['notes', 'list', '--author', 'Anne Holm'],
    );
    expect(annes.map((n) => [n.title, n.author])).toEqual([['Annes fælles note', 'Anne Holm']]);
    const mine = await json<Note[]>('bo', 'notes', 'list', '--author', 'Bo Lind', '--limit', '1');
    expect(mine.map((n) => n.title)).toEqual(['Bos egen note']);

    const text = await cli('bo', 'notes', 'list', '--author', 'Anne Holm');
    expect(text.out).toContain('Annes fælles note  (af Anne Holm)');
    expect(text.out).not.toContain('Bos egen note');
    const all = await cli('bo', 'notes', 'list');
    expect(all.out).toContain('Bos egen note');
  });

  it('an unknown author, or a device that has not joined, gives an empty list, not an error', async () => {
    await anneSharesWithBo();
    expect(await json('bo', 'notes', 'list', '--author', 'Carl Ukendt')).toEqual([]);
    const text = await cli('bo', 'notes', 'list', '--author', 'Carl Ukendt');
    expect(text).toMatchObject({ code: 0, err: '' });
    expect(text.out).toContain('Ingen noter af den forfatter.');

    await json('cy', 'notes', 'add', '--title', 'Cys note');
    expect(await json('cy', 'notes', 'list', '--author', 'Cy')).toEqual([]);
    const unjoined = await json<Note[]>('cy', 'notes', 'list');
    expect(unjoined.map((n) => [n.title, 'author' in n])).toEqual([['Cys note', false]]);
  });
});
