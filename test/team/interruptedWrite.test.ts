// A write killed after its change file reached the folder and before it was recorded: the next
// sync reads the file back as a change this device did not know. Made here by putting back the
// store as it was before the write (the file stays), which is what the kill leaves behind.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteTitled, openDevice, sharedFolder, sharedNote, type Device } from './teamDevices';

const STORE_FILES = ['samspil.db', 'samspil.db-wal', 'samspil.db-shm'];

/** Bo's shared note is written to the folder, and then Bo's store forgets that it wrote it. */
function interruptedWrite(folder: string): { anne: Device; bo: Device; noteId: string } {
  const anne = openDevice('Anne', folder);
  let bo = openDevice('Bo', folder);
  const noteId = sharedNote(bo, 'Referat', 'v1');
  bo.services.close();
  const saved = `${bo.dataDir}-før`;
  fs.mkdirSync(saved);
  for (const name of STORE_FILES) {
    const file = path.join(bo.dataDir, name);
    if (fs.existsSync(file)) fs.copyFileSync(file, path.join(saved, name));
  }
  bo = openDevice('Bo', undefined, bo.dataDir);
  expect(bo.team.sync().written).toBe(1);
  bo.services.close();
  for (const name of STORE_FILES) {
    fs.rmSync(path.join(bo.dataDir, name), { force: true });
    const copy = path.join(saved, name);
    if (fs.existsSync(copy)) fs.copyFileSync(copy, path.join(bo.dataDir, name));
  }
  fs.rmSync(saved, { recursive: true, force: true });
  bo = openDevice('Bo', undefined, bo.dataDir);
  return { anne, bo, noteId };
}

describe('a write interrupted between the folder and the store', () => {
  it('is taken as this device’s own: a later edit replaces it, with no conflict', () => {
    const { anne, bo, noteId } = interruptedWrite(sharedFolder());
    bo.services.notes.update({ id: noteId, body: 'v1\nv2' });
    bo.team.sync();
    anne.team.sync();
    bo.team.sync();
    expect(noteTitled(anne, 'Referat')?.body).toBe('v1\nv2');
    expect(noteTitled(bo, 'Referat')?.body).toBe('v1\nv2');
    expect([...anne.team.conflicts(), ...bo.team.conflicts()]).toEqual([]);
  });

  it('does not bring back a note deleted after it, without the edits made since', () => {
    const { anne, bo, noteId } = interruptedWrite(sharedFolder());
    bo.services.notes.update({ id: noteId, body: 'v1\nv2' });
    bo.services.notes.delete([noteId], { confirm: true });
    bo.team.sync();
    anne.team.sync();
    bo.team.sync();
    expect(noteTitled(bo, 'Referat')).toBeUndefined();
    expect(noteTitled(anne, 'Referat')).toBeUndefined();
  });
});
