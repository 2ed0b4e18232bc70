// What the CLI prints (issue 12, items 19 and 22): control characters in titles, bodies and
// messages are shown visibly in text output (not in --json); `search -tillid` is a query; the
// option parser's English errors reach the user in Danish, naming the option.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes/types';
import { openServices } from '../../electron/services/services';
import { oneLine, visibleControls } from '../../electron/cli/terminalText';
import { tempDir } from '../store/fixtures';
import { runCliCaptured, type CliRun } from './runCliCaptured';

let dir = '';
beforeEach(() => {
  dir = tempDir('samspil-term-');
});
afterEach(() => {
  if (dir.includes('samspil-term-')) fs.rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]): Promise<CliRun> => runCliCaptured(dir, ...args);
const HOSTILE = 'Møde\u001b[31m rød\u001b]0;ejet\u0007\r\u202eslut\u009b2J';
// Raw control characters of any kind, as a terminal would obey them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function hostileNote(): Promise<Note> {
  const added = await cli(
    'notes',
    'add',
    '--title',
    HOSTILE,
    '--body',
    `tillid\n${HOSTILE}`,
    '--json',
  );
  expect(added.code).toBe(0);
  return JSON.parse(added.out) as Note;
}

describe('control characters are printed visibly', () => {
  it('in notes add, list and show, while --json keeps the text as stored', async () => {
    const note = await hostileNote();
    expect(note.title).toBe(HOSTILE);
    for (const args of [['list'], ['show', note.id], ['edit', note.id, '--body', HOSTILE]]) {
      const result = await cli('notes', ...args);
      expect(result.code).toBe(0);
      expect(result.out).not.toMatch(RAW);
      expect(result.out).toContain('Møde\\x1b[31m rød\\x1b]0;ejet\\x07\\x0d\\u202eslut\\x9b2J');
    }
    const json = await cli('notes', 'list', '--json');
    expect((JSON.parse(json.out) as Note[])[0]?.title).toBe(HOSTILE);
  });

  it('in search hits and handout list/show', async () => {
    await hostileNote();
    const search = await cli('search', 'tillid', '--kind', 'note');
    expect(search.code).toBe(0);
    expect(search.out).toContain('\\x1b[31m');
    expect(search.out).not.toMatch(RAW);

    const services = openServices({ dataDir: dir });
    const handout = services.handouts.create({ title: HOSTILE, subtitle: HOSTILE });
    services.close();
    for (const args of [['list'], ['show', handout.id]]) {
      const result = await cli('handout', ...args);
      expect(result.code).toBe(0);
      expect(result.out).toContain('\\x1b[31m');
      expect(result.out).not.toMatch(RAW);
    }
  });

  it('in error messages that quote the user', async () => {
    const result = await cli('notes', 'show', `x\u001b[2J`);
    expect(result.code).toBe(1);
    expect(result.err).toContain('x\\x1b[2J');
    expect(result.err).not.toMatch(RAW);
  });

  it.each([
    ['tab and newline stay in a body', visibleControls('a\tb\nc\u001b'), 'a\tb\nc\\x1b'],
    ['but not on one line', oneLine('a\tb\nc'), 'a\\x09b\\x0ac'],
    ['bidi isolate and mark', oneLine('\u2066x\u200f'), '\\u2066x\\u200f'],
    ['emoji and Danish letters untouched', oneLine('Møde 🤝 æøå'), 'Møde 🤝 æøå'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('search reads a leading -word as part of the query', () => {
  it('search -tillid is a query, not an unknown option', async () => {
    const result = await cli('search', '-tillid');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/for "-tillid"/);
  });

  it('keeps the words in order, with options before, between and after them', async () => {
    const result = await cli('search', 'kontrakt', '--limit', '3', '-tillid', '--json');
    expect(result.code).toBe(0);
    const response = JSON.parse(result.out) as { hits: { title: string }[] };
    expect(response.hits.length).toBeLessThanOrEqual(3);
    const text = await cli('search', 'kontrakt', '-tillid', '--limit', '3');
    expect(text.out).toMatch(/resultater for "kontrakt -tillid"/);
  });
});

describe('the option parser speaks Danish', () => {
  it.each([
    [['notes', 'add', '--nonsense'], 'ukendt valg "--nonsense"', 2],
    [['notes', 'add', '--title'], '--title kræver en værdi', 2],
    [['notes', 'list', '--json=ja'], '--json tager ingen værdi', 2],
    [['search', 'tillid', '--bogus'], 'ukendt valg "--bogus"', 2],
    [['list', '--nonsense'], 'ukendt valg "--nonsense"', 2],
    [['handout', 'list', '--x'], 'ukendt valg "--x"', 2],
  ])('%j', async (args, message, code) => {
    const result = await cli(...args);
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/Unknown option|argument missing|does not take/);
  });
});
