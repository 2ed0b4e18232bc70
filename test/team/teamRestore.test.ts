// Restoring a backup while joined: the restore is this device's own step back in time, and must
// never reach colleagues as deletes of their notes or as silent overwrites of their newer edits.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noteTitled, openDevice, sharedFolder, sharedNote, type Device } from './teamDevices';

function bodyOrVersions(device: Device, title: string): string[] {
  const note = noteTitled(device, title);
  if (!note) return [];
  const conflict = device.team.conflicts().find((c) => c.localId === note.id);
  return conflict ? conflict.versions.map((v) => String(v.item.body)) : [note.body];
}

function edit(device: Device, title: string, body: string): void {
  device.services.notes.update({ id: noteTitled(device, title)?.id ?? '', body });
}

function syncAll(...devices: Device[]): void {
  for (const device of [...devices, ...devices]) device.team.sync();
}

describe('restoring a backup while joined', () => {
  it('deletes no colleague’s note, overwrites no newer edit, and shows the restored text', () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne', folder);
    const bo = openDevice('Bo', folder);
    sharedNote(anne, 'Annes plan', 'Annes første udgave');
    sharedNote(anne, 'Fælles referat', 'Referatet som det var');
    sharedNote(bo, 'Bos møde', 'Bos første udgave');
    sharedNote(anne, 'Uændret', 'Ingen rører denne');
    sharedNote(anne, 'Bo og så Anne', 'Første udgave');
    syncAll(anne, bo);
    const backup = anne.services.notes.backup('manual');

    // After the backup both go on working, and everything reaches both devices.
    edit(anne, 'Annes plan', 'Anne rettede efter sikkerhedskopien');
    sharedNote(anne, 'Annes nye note', 'Skrevet efter sikkerhedskopien');
    edit(bo, 'Fælles referat', 'Bo rettede referatet bagefter');
    edit(bo, 'Bos møde', 'Bo rettede sit møde');
    sharedNote(bo, 'Bos nye note', 'Bo skrev den bagefter');
    edit(bo, 'Bo og så Anne', 'Bo tilføjede');
    syncAll(anne, bo);
    // Anne's edit on top of Bo's: going back to the backup would drop Bo's part.
    edit(anne, 'Bo og så Anne', 'Bo tilføjede, og Anne rettede');
    syncAll(anne, bo);
    expect(noteTitled(anne, 'Bos nye note')).toBeDefined();

    anne.services.notes.restoreBackup(backup.name);
    syncAll(anne, bo);

    for (const device of [anne, bo]) {
      // No note is deleted anywhere: those written after the backup come back from the folder.
      const titles = device.services.notes.list().map((n) => n.title);
      expect(titles.sort(), device.name).toEqual([
        'Annes nye note',
        'Annes plan',
        'Bo og så Anne',
        'Bos møde',
        'Bos nye note',
        'Fælles referat',
        'Uændret',
      ]);
      expect(bodyOrVersions(device, 'Bos nye note')).toEqual(['Bo skrev den bagefter']);
      expect(bodyOrVersions(device, 'Annes nye note')).toEqual(['Skrevet efter sikkerhedskopien']);
      // Bo's newer edits are kept, beside Anne's restored text in a visible conflict.
      expect(bodyOrVersions(device, 'Fælles referat').sort()).toEqual([
        'Bo rettede referatet bagefter',
        'Referatet som det var',
      ]);
      expect(bodyOrVersions(device, 'Bos møde').sort()).toEqual([
        'Bo rettede sit møde',
        'Bos første udgave',
      ]);
      expect(bodyOrVersions(device, 'Bo og så Anne').sort()).toEqual([
        'Bo tilføjede, og Anne rettede',
        'Første udgave',
      ]);
      // Where only Anne changed a note since, her restore simply goes back, for everyone.
      expect(bodyOrVersions(device, 'Annes plan')).toEqual(['Annes første udgave']);
      // What did not change since the backup is no conflict and keeps its author.
      expect(bodyOrVersions(device, 'Uændret')).toEqual(['Ingen rører denne']);
      expect(device.team.status().conflicts, device.name).toBe(3);
    }
    // Anne's restored text is what she sees.
    expect(noteTitled(anne, 'Annes plan')?.body).toBe('Annes første udgave');
    expect(noteTitled(anne, 'Fælles referat')?.body).toBe('Referatet som det var');
    const unchanged = noteTitled(bo, 'Uændret')?.id;
    expect(bo.team.authorship('note').find((a) => a.localId === unchanged)?.author).toBe('Anne');
    // Nothing more to send or to take in: the devices agree.
    expect(anne.team.sync()).toMatchObject({ written: 0, received: 0, applied: 0 });
    expect(bo.team.sync()).toMatchObject({ written: 0, received: 0, applied: 0 });
  });

  it('rebases at the next sync when the folder was away during the restore', () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne', folder);
    const bo = openDevice('Bo', folder);
    sharedNote(anne, 'Før', 'Fra før sikkerhedskopien');
    syncAll(anne, bo);
    const backup = anne.services.notes.backup('manual');
    sharedNote(bo, 'Efter', 'Bo skrev den bagefter');
    syncAll(anne, bo);

    // The network drive is away while Anne restores: the team library waits, calmly.
    const away = `${folder}-væk`;
    fs.renameSync(folder, away);
    anne.services.notes.restoreBackup(backup.name);
    expect(anne.team.sync().state).toBe('unavailable');
    fs.renameSync(away, folder);
    syncAll(anne, bo);
    for (const device of [anne, bo]) {
      expect(noteTitled(device, 'Efter')?.body, device.name).toBe('Bo skrev den bagefter');
      expect(noteTitled(device, 'Før')?.body, device.name).toBe('Fra før sikkerhedskopien');
      expect(device.team.status().conflicts).toBe(0);
    }
  });
});
