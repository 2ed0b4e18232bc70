// Links name content that exists (issue 12, item 16): an unknown id is refused with the id named,
// on the CLI and on import; a link the content later dropped stays on its note.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes/types';
import { tempDir } from '../store/fixtures';
import { runCliCaptured, type CliRun } from './runCliCaptured';

let dir = '';
beforeEach(() => {
  dir = tempDir('samspil-links-');
});
afterEach(() => {
  if (dir.includes('samspil-links-')) fs.rmSync(dir, { recursive: true, force: true });
});

const notes = (...args: string[]): Promise<CliRun> => runCliCaptured(dir, 'notes', ...args);

describe('--link', () => {
  it('refuses an id the content does not have, naming it, and stores nothing', async () => {
    const result = await notes('add', '--title', 'T', '--link', 'does-not-exist');
    expect(result.code).toBe(1);
    expect(result.err).toContain('links[0]: ukendt link-id "does-not-exist"');
    expect(JSON.parse((await notes('list', '--json')).out)).toEqual([]);
  });

  it('accepts quotes, lessons, factors and partnership sections', async () => {
    const links = [
      'citat-aftenskole-kontrakt',
      'laering-forankring',
      'relation-gensidig-tillid-respekt-forstaaelse',
      'grow-your-life/formaal',
    ];
    const added = await notes(
      'add',
      '--title',
      'T',
      ...links.flatMap((l) => ['--link', l]),
      '--json',
    );
    expect(added.code).toBe(0);
    expect((JSON.parse(added.out) as Note).links).toEqual(links);
  });

  it('keeps a link the content no longer has on edit, but refuses a new unknown one', async () => {
    const added = JSON.parse((await notes('add', '--title', 'T', '--json')).out) as Note;
    const db = new Database(path.join(dir, 'samspil.db'));
    db.prepare("INSERT INTO note_links VALUES (:id, 'citat-fjernet', 0)").run({ id: added.id });
    db.close();
    const kept = await notes(
      'edit',
      added.id,
      '--link',
      'citat-fjernet',
      '--link',
      'laering-forankring',
    );
    expect(kept.code).toBe(0);
    const refused = await notes(
      'edit',
      added.id,
      '--link',
      'laering-forankring',
      '--link',
      'nyt-ukendt',
    );
    expect(refused.err).toContain('links[1]: ukendt link-id "nyt-ukendt"');
  });
});

describe('import', () => {
  it('refuses a note linking to an unknown id, naming the place and the id', async () => {
    const file = path.join(dir, 'import.json');
    const note = {
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      title: 'Fra fil',
      body: '',
      partnership: null,
      organisations: [],
      aboutDate: null,
      createdAt: '2024-01-01T10:00:00.000Z',
      updatedAt: '2024-01-01T10:00:00.000Z',
      factors: [],
      links: ['laering-forankring', 'does-not-exist'],
    };
    const data = { format: 'samspil-notes', version: 1, exportedAt: '2024-01-02T00:00:00Z' };
    fs.writeFileSync(file, JSON.stringify({ ...data, notes: [note] }));
    const result = await notes('import', file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/notes\[0\]\.links\[1\].*ukendt link-id "does-not-exist"/);
  });
});
