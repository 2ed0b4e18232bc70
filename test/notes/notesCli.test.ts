// `samspil notes …` end to end in-process: the real CLI entry, the real services over a temp
// data dir and the built corpus; only stdout/stderr are captured.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../shared/notes/types';
import { tempDir } from '../store/fixtures';
import { runCliCaptured } from '../cli/runCliCaptured';

let dir = '';
beforeEach(() => {
  dir = tempDir('samspil-cli-');
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

// The data folder is a subfolder: exports into it are refused, so they go beside it.
const cli = (...args: string[]) => runCliCaptured(path.join(dir, 'data'), 'notes', ...args);

const FACTOR = 'organisation-tid-og-ressourcer';

describe('samspil notes', () => {
  it('adds, lists, shows, edits, deletes and undeletes', async () => {
    const added = await cli(
      'add',
      '--title',
      'Møde',
      '--body',
      'Om tillid',
      '--factor',
      FACTOR,
      '--org',
      'A',
      '--org',
      'B',
      '--json',
    );
    expect(added.code).toBe(0);
    const note = JSON.parse(added.out) as Note;
    expect(note).toMatchObject({ title: 'Møde', factors: [FACTOR], organisations: ['A', 'B'] });

    const list = await cli('list', '--json');
    expect((JSON.parse(list.out) as Note[]).map((n) => n.id)).toEqual([note.id]);
    expect((await cli('list')).out).toContain(`${note.id}`);
    expect((await cli('show', note.id)).out).toContain(
      'Succesfaktorer: organisation-tid-og-ressourcer',
    );

    const edited = JSON.parse(
      (await cli('edit', note.id, '--title', 'Nyt møde', '--json')).out,
    ) as Note;
    expect(edited).toMatchObject({ title: 'Nyt møde', body: 'Om tillid' });

    expect((await cli('delete', note.id)).out).toMatch(/papirkurven: 1/);
    expect(JSON.parse((await cli('list', '--json')).out)).toEqual([]);
    expect((await cli('undelete', note.id, '--json')).out).toContain('"restored": 1');
  });

  it('refuses an unknown factor and a missing title with the reason, exit 1', async () => {
    const unknown = await cli('add', '--title', 'x', '--factor', 'findes-ikke');
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.err).toMatch(/ukendt succesfaktor "findes-ikke"/);
    expect((await cli('add', '--body', 'x')).err).toMatch(/titlen mangler/);
    expect((await cli('add', '--nonsense')).code).toBe(2);
    expect((await cli('frobnicate')).err).toMatch(/ukendt underkommando/);
  });

  it('exports, imports, backs up and restores', async () => {
    await cli('add', '--title', 'En', '--body', '');
    await cli('add', '--title', 'To', '--body', '');
    const file = path.join(dir, 'ud.json');
    expect(JSON.parse((await cli('export', '--out', file, '--json')).out)).toMatchObject({
      count: 2,
    });
    const md = await cli('export', '--out', path.join(dir, 'md'), '--format', 'markdown');
    expect(md.out).toMatch(/Eksporteret 2 noter/);
    expect((await cli('import', file)).out).toMatch(/0 nye, 0 opdateret, 2 uændret/);

    const backup = JSON.parse((await cli('backup', '--json')).out) as { name: string };
    const ids = (JSON.parse((await cli('list', '--json')).out) as Note[]).map((n) => n.id);
    const refused = await cli('delete', ...ids);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/mere end halvdelen/);
    expect((await cli('delete', ...ids, '--confirm')).out).toMatch(/sikkerhedskopi: samspil-/);
    expect((await cli('backups')).out).toContain(backup.name);
    expect((await cli('restore', backup.name)).out).toMatch(/Gendannet: 2 noter/);
    const status = JSON.parse((await cli('status', '--json')).out) as { noteCount: number };
    expect(status.noteCount).toBe(2);
  });
});
