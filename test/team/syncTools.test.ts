// What OneDrive, SharePoint, Dropbox, Nextcloud and SMB do to a folder: none of it may lose or
// corrupt anything.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeChange } from '../../electron/services/team/changeFile';
import {
  changeFiles,
  changesIn,
  noteTitled,
  openDevice,
  sharedFolder,
  sharedNote,
} from './teamDevices';

function pair() {
  const folder = sharedFolder();
  return {
    folder,
    dir: changesIn(folder),
    anne: openDevice('Anne', folder),
    bo: openDevice('Bo', folder),
  };
}

describe('what sync tools do to the team folder', () => {
  it('takes duplicates, "(1)" and "-conflict-" copies and renamed files as the one change they hold', () => {
    const { folder, dir, anne, bo } = pair();
    sharedNote(anne, 'Én note');
    anne.team.sync();
    const [name] = changeFiles(folder) as [string];
    fs.copyFileSync(path.join(dir, name), path.join(dir, name.replace('.jsonl', ' (1).jsonl')));
    fs.copyFileSync(
      path.join(dir, name),
      path.join(dir, name.replace('.jsonl', '-conflict-KONTOR-PC.jsonl')),
    );
    fs.renameSync(path.join(dir, name), path.join(dir, 'omdøbt af OneDrive.jsonl'));
    expect(bo.team.sync()).toMatchObject({ received: 1, applied: 1 });
    expect(bo.services.notes.list().map((n) => n.title)).toEqual(['Én note']);
    expect(anne.team.sync()).toMatchObject({ received: 0, written: 0, applied: 0 });
    expect(bo.team.status()).toMatchObject({ conflicts: 0, unreadable: [] });
  });

  it('ignores an old copy put back over a newer state', () => {
    const { folder, dir, anne, bo } = pair();
    const id = sharedNote(anne, 'Udgave', 'første');
    anne.team.sync();
    const first = changeFiles(folder)[0] as string;
    const oldCopy = fs.readFileSync(path.join(dir, first));
    anne.services.notes.update({ id, body: 'anden' });
    anne.team.sync();
    bo.team.sync();
    // The sync tool restores the first file, under its own name and a new one.
    fs.rmSync(path.join(dir, first));
    bo.team.sync();
    fs.writeFileSync(path.join(dir, first), oldCopy);
    fs.writeFileSync(path.join(dir, 'gendannet kopi.jsonl'), oldCopy);
    for (const device of [anne, bo]) {
      device.team.sync();
      expect(noteTitled(device, 'Udgave')?.body).toBe('anden');
    }
  });

  it('skips a partly written file, takes it in once complete, and reports only one that stays broken', () => {
    const { anne, bo, dir } = pair();
    const id = sharedNote(anne, 'Halv fil');
    anne.team.sync();
    const text = encodeChange({
      kind: 'note',
      id,
      device: 'ccccdddd',
      seq: 1,
      hlc: `${String(Date.now() + 1000)}-000000-ccccdddd`,
      author: 'Cem',
      parents: [],
      item: {
        title: 'Halv fil',
        body: 'fra Cem',
        partnership: null,
        organisations: [],
        aboutDate: null,
        factors: [],
        links: [],
      },
    });
    const partial = path.join(dir, 'ccccdddd-0000000001.jsonl');
    fs.writeFileSync(partial, text.slice(0, text.length / 2));
    fs.writeFileSync(path.join(dir, 'ødelagt.jsonl'), 'samspil-team-change 1\n{"kind":');
    expect(bo.team.sync().received).toBe(1);
    expect(bo.team.status().unreadable).toEqual([]);
    fs.writeFileSync(partial, text);
    expect(bo.team.sync().received).toBe(1);
    expect(noteTitled(bo, 'Halv fil')?.body).toBe('fra Cem');
    bo.advance(11 * 60_000);
    expect(bo.team.status().unreadable).toEqual([
      expect.objectContaining({ name: 'ødelagt.jsonl', reason: 'filen er afbrudt' }),
    ]);
  });

  it('keeps a change of a newer format untouched and does not read it', () => {
    const { anne, dir } = pair();
    sharedNote(anne, 'Nu');
    const future = 'samspil-team-change 2\n{"anything":"the future holds"}\n';
    fs.writeFileSync(path.join(dir, 'ffff-0000000001.jsonl'), future);
    anne.team.sync();
    anne.team.sync();
    expect(fs.readFileSync(path.join(dir, 'ffff-0000000001.jsonl'), 'utf8')).toBe(future);
    expect(anne.team.status()).toMatchObject({ newerFormat: 1, unreadable: [] });
    expect(anne.services.notes.list().map((n) => n.title)).toEqual(['Nu']);
  });

  it('takes a folder that went away calmly, keeps the edits waiting, and sends them when it is back', () => {
    const { folder, anne, bo } = pair();
    anne.team.sync();
    const aside = `${folder}-frakoblet`;
    fs.renameSync(folder, aside);
    try {
      sharedNote(anne, 'Skrevet uden net');
      expect(anne.team.sync()).toMatchObject({ state: 'unavailable', written: 0 });
      expect(anne.team.status()).toMatchObject({ available: false, waiting: 1, joined: true });
      expect(fs.existsSync(folder)).toBe(false); // never recreated where the drive was
    } finally {
      fs.renameSync(aside, folder);
    }
    expect(anne.team.sync()).toMatchObject({ state: 'synced', written: 1 });
    bo.team.sync();
    expect(noteTitled(bo, 'Skrevet uden net')).toBeDefined();
  });

  it('never reuses a file name when the database was restored to an older state', () => {
    const { folder, anne } = pair();
    const id = sharedNote(anne, 'Før');
    anne.team.sync();
    anne.db.prepare("UPDATE team_settings SET value = '0' WHERE key = 'seq'").run();
    anne.services.notes.update({ id, body: 'efter' });
    anne.team.sync();
    expect(changeFiles(folder)).toHaveLength(2);
  });
});
