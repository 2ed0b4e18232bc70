// What the CLI and an import accept (issue 12, items 15, 17, 18): real calendar dates, lone
// surrogates replaced with U+FFFD before they reach the store, UUIDs in lower case.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes/types';
import { tempDir } from '../store/fixtures';
import { runCliCaptured, type CliRun } from './runCliCaptured';

let dir = '';
beforeEach(() => {
  dir = tempDir('samspil-inputs-');
});
afterEach(() => {
  if (dir.includes('samspil-inputs-')) fs.rmSync(dir, { recursive: true, force: true });
});

/** The data folder, beside the exports: an export never goes into the data folder. */
const dataDir = (): string => path.join(dir, 'data');

const notes = (...args: string[]): Promise<CliRun> => runCliCaptured(dataDir(), 'notes', ...args);
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function fileNote(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: ID,
    title: 'Fra fil',
    body: '',
    partnership: null,
    organisations: [],
    aboutDate: null,
    createdAt: '2024-01-01T10:00:00.000Z',
    updatedAt: '2024-01-01T10:00:00.000Z',
    factors: [],
    links: [],
    ...overrides,
  };
}

/** Writes an import file by hand, as JSON text (so escapes such as \ud800 stay as written). */
function importFile(noteList: Record<string, unknown>[]): string {
  const file = path.join(dir, 'import.json');
  const data = { format: 'samspil-notes', version: 1, exportedAt: '2024-01-02T00:00:00Z' };
  fs.writeFileSync(file, JSON.stringify({ ...data, notes: noteList }));
  return file;
}

async function listed(): Promise<Note[]> {
  return JSON.parse((await notes('list', '--json')).out) as Note[];
}

describe('dates', () => {
  it.each(['2024-99-99', '0000-00-00', '2023-02-29', '1066-10-14'])(
    'notes add --date %s is refused, nothing stored',
    async (date) => {
      const result = await notes('add', '--title', 'T', '--date', date);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/aboutDate: datoen (findes ikke i kalenderen|skal ligge mellem)/);
      expect(await listed()).toEqual([]);
    },
  );

  it('notes add --date 2024-02-29 is kept', async () => {
    expect((await notes('add', '--title', 'T', '--date', '2024-02-29')).code).toBe(0);
    expect((await listed())[0]?.aboutDate).toBe('2024-02-29');
  });

  it.each(['2024-99-99', '0000-00-00', '2023-02-29'])('an import with %s is refused', async (d) => {
    const result = await notes('import', importFile([fileNote({ aboutDate: d })]));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/notes\[0\]\.aboutDate/);
    expect(await listed()).toEqual([]);
  });
});

describe('lone surrogates', () => {
  it('become U+FFFD from the CLI, in title, body, partnership and organisations', async () => {
    const bad = 'x\ud800y';
    const result = await notes(
      'add',
      '--title',
      bad,
      '--body',
      bad,
      '--partnership',
      bad,
      '--org',
      bad,
      '--json',
    );
    expect(result.code).toBe(0);
    const note = (await listed())[0];
    expect(note).toMatchObject({ title: 'x\ufffdy', body: 'x\ufffdy', partnership: 'x\ufffdy' });
    expect(note?.organisations).toEqual(['x\ufffdy']);
  });

  it('become U+FFFD on import, also in the JSON column other SQLite readers decode', async () => {
    const file = path.join(dir, 'import.json');
    const json = JSON.stringify({
      format: 'samspil-notes',
      version: 1,
      exportedAt: '2024-01-02T00:00:00Z',
      notes: [fileNote({ title: 'TITLE', organisations: ['ORG'] })],
    })
      .replace('TITLE', 'a\\ud800b')
      .replace('ORG', '\\udfffz');
    fs.writeFileSync(file, json);
    expect((await notes('import', file)).code).toBe(0);
    expect((await listed())[0]).toMatchObject({
      title: 'a\ufffdb',
      organisations: ['\ufffdz'],
    });
    const db = new Database(path.join(dataDir(), 'samspil.db'), { readonly: true });
    try {
      const row = db.prepare('SELECT organisations FROM notes').get() as { organisations: string };
      expect(row.organisations).not.toMatch(/\\ud[89a-f]/i);
    } finally {
      db.close();
    }
  });
});

describe('UUIDs in lower case', () => {
  it('the same id in capitals and in lower case in one file is one id: refused as a duplicate', async () => {
    const file = importFile([fileNote({}), fileNote({ id: ID.toUpperCase() })]);
    const result = await notes('import', file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/notes\[1\]\.id.*står også i notes\[0\]/);
  });

  it('an id in capitals updates the stored note instead of adding a second one', async () => {
    expect((await notes('import', importFile([fileNote({})]))).code).toBe(0);
    const newer = fileNote({
      id: ID.toUpperCase(),
      title: 'Nyere',
      updatedAt: '2024-06-01T00:00:00Z',
    });
    const result = await notes('import', importFile([newer]), '--json');
    expect(JSON.parse(result.out)).toMatchObject({ added: 0, updated: 1 });
    expect((await listed()).map((n) => [n.id, n.title])).toEqual([[ID, 'Nyere']]);
  });

  it('show, edit and delete take an id in capitals', async () => {
    expect((await notes('import', importFile([fileNote({})]))).code).toBe(0);
    expect((await notes('show', ID.toUpperCase())).code).toBe(0);
    expect((await notes('edit', ID.toUpperCase(), '--title', 'Rettet')).code).toBe(0);
    expect((await notes('delete', ID.toUpperCase())).code).toBe(0);
    expect(await listed()).toEqual([]);
  });
});

describe('an export stays importable', () => {
  it('leaves out a date stored before dates were checked', async () => {
    expect((await notes('add', '--title', 'Gammel', '--date', '2024-05-01')).code).toBe(0);
    const db = new Database(path.join(dataDir(), 'samspil.db'));
    db.prepare("UPDATE notes SET about_date = '2024-99-99'").run();
    db.close();
    const file = path.join(dir, 'ud.json');
    expect((await notes('export', '--out', file)).code).toBe(0);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { notes: Note[] };
    expect(exported.notes[0]?.aboutDate).toBeNull();
    const again = await runCliCaptured(tempDirFor(), 'notes', 'import', file);
    expect(again.code).toBe(0);
  });
});

function tempDirFor(): string {
  const other = path.join(dir, 'anden-datamappe');
  fs.mkdirSync(other);
  return other;
}
