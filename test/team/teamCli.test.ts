// `samspil team …` and `notes add|edit --shared/--private` in-process: the real CLI entry over
// two temp data folders and one shared folder; only stdout/stderr are captured.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCliCaptured } from '../cli/runCliCaptured';
import type { Note } from '../../shared/notes/types';
import type { SyncReport, TeamConflict, TeamStatus } from '../../shared/team/types';
import { tempDir } from '../store/fixtures';

let root = '';
beforeEach(() => {
  root = tempDir('samspil-team-cli-');
});
afterEach(() => {
  vi.restoreAllMocks();
  if (path.isAbsolute(root) && root.length > 8) fs.rmSync(root, { recursive: true, force: true });
});

const cli = (device: string, ...args: string[]) => runCliCaptured(path.join(root, device), ...args);

const json = async <T>(device: string, ...args: string[]): Promise<T> => {
  const result = await cli(device, ...args, '--json');
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as T;
};

describe('samspil team', () => {
  it('joins, shares, syncs, shows and resolves a conflict, and leaves', async () => {
    const folder = path.join(root, 'S-drev');
    fs.mkdirSync(folder);
    const joined = await json<TeamStatus>('anne', 'team', 'join', folder, '--name', 'Anne Holm');
    expect(joined).toMatchObject({ joined: true, displayName: 'Anne Holm', available: true });
    await json('bo', 'team', 'join', folder, '--name', 'Bo');

    const note = await json<Note>(
      'anne',
      'notes',
      'add',
      '--title',
      'Fælles',
      '--body',
      'A',
      '--shared',
    );
    await json('anne', 'notes', 'add', '--title', 'Privat');
    expect((await json<SyncReport>('anne', 'team', 'sync')).written).toBe(1);
    expect((await json<SyncReport>('bo', 'team', 'sync')).applied).toBe(1);
    const [onBo] = await json<Note[]>('bo', 'notes', 'list');
    expect(onBo?.title).toBe('Fælles');

    await json('anne', 'notes', 'edit', note.id, '--body', 'Anne');
    await json('bo', 'notes', 'edit', onBo?.id ?? '', '--body', 'Bo');
    await json('anne', 'team', 'sync');
    await json('bo', 'team', 'sync');
    const conflicts = await json<TeamConflict[]>('bo', 'team', 'conflicts');
    expect(conflicts[0]?.versions.map((v) => v.author)).toEqual(['Bo', 'Anne Holm']);
    expect((await cli('bo', 'team', 'conflicts')).out).toContain('Konflikt: to versioner');

    const resolved = await json<SyncReport>('bo', 'team', 'resolve', onBo?.id ?? '', '--take', '2');
    expect(resolved.status.conflicts).toBe(0);
    await json('anne', 'team', 'sync');
    expect((await json<Note>('anne', 'notes', 'show', note.id)).body).toBe('Anne');
    expect((await json<TeamStatus>('anne', 'team', 'status')).conflicts).toBe(0);

    await json('anne', 'notes', 'edit', note.id, '--private');
    expect((await json<TeamStatus>('anne', 'team', 'status')).sharedNotes).toBe(0);
    const left = await json<TeamStatus>('anne', 'team', 'leave');
    expect(left.joined).toBe(false);
    expect((await cli('anne', 'team', 'status')).out).toContain('Ikke med i et teambibliotek');
  });

  it('restores a backup while joined without deleting a colleague’s note', async () => {
    const folder = path.join(root, 'S-drev');
    fs.mkdirSync(folder);
    await json('anne', 'team', 'join', folder, '--name', 'Anne');
    await json('bo', 'team', 'join', folder, '--name', 'Bo');
    await json('anne', 'notes', 'add', '--title', 'Fra før', '--shared');
    await json('anne', 'team', 'sync');
    const backup = await json<{ name: string }>('anne', 'notes', 'backup');
    await json('bo', 'team', 'sync');
    await json('bo', 'notes', 'add', '--title', 'Bos nye', '--body', 'Bagefter', '--shared');
    await json('bo', 'team', 'sync');
    await json('anne', 'team', 'sync');

    // The restore takes the folder in again by itself: no `team sync` in between.
    await json('anne', 'notes', 'restore', backup.name);
    const onAnne = await json<Note[]>('anne', 'notes', 'list');
    expect(onAnne.map((n) => n.title).sort()).toEqual(['Bos nye', 'Fra før']);
    await json('anne', 'team', 'sync');
    await json('bo', 'team', 'sync');
    const onBo = await json<Note[]>('bo', 'notes', 'list');
    expect(onBo.find((n) => n.title === 'Bos nye')?.body).toBe('Bagefter');
  });

  it('says what is wrong, in Danish, with exit code 2 for wrong usage', async () => {
    expect(await cli('anne', 'team', 'join', root)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--name'),
    });
    expect(await cli('anne', 'team', 'frobnicate')).toMatchObject({ code: 2 });
    const both = await cli('anne', 'notes', 'add', '--title', 'x', '--shared', '--private');
    expect(both).toMatchObject({
      code: 2,
      err: expect.stringContaining('--shared eller --private'),
    });
    expect(await json<Note[]>('anne', 'notes', 'list')).toEqual([]);
    const missing = await cli(
      'anne',
      'team',
      'join',
      path.join(root, 'findes-ikke'),
      '--name',
      'A',
    );
    expect(missing).toMatchObject({
      code: 1,
      err: expect.stringContaining('Teammappen findes ikke'),
    });
    expect(await cli('anne', 'team', 'sync')).toMatchObject({
      code: 0,
      out: expect.stringContaining('Ikke med'),
    });
  });
});
