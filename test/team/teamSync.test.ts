import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import {
  changeFiles,
  changesIn,
  noteTitled,
  openDevice,
  sharedFolder,
  sharedNote,
} from './teamDevices';

describe('team library over a real shared folder', () => {
  it('refuses a folder that does not exist, and one that holds the local data', () => {
    const device = openDevice('Anne');
    expect(() => device.team.join(path.join(sharedFolder(), 'mangler'), 'Anne')).toThrow(
      /findes ikke/,
    );
    expect(() => device.team.join(path.dirname(device.dataDir), 'Anne')).toThrow(ApiError);
    expect(() => device.team.join(sharedFolder(), '   ')).toThrow(/Visningsnavnet/);
    expect(device.team.status().joined).toBe(false);
  });

  it('shows a shared note to a colleague with its author, and never a private one', () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne Holm', folder);
    const bo = openDevice('Bo Lind', folder);
    sharedNote(anne, 'Møde med aftenskolen', 'Tillid først.');
    anne.services.notes.create({ title: 'Privat: borgerens navn', body: 'Hemmeligt' });
    expect(anne.team.sync()).toMatchObject({ state: 'synced', written: 1 });
    expect(bo.team.sync()).toMatchObject({ state: 'synced', received: 1, applied: 1 });

    const seen = noteTitled(bo, 'Møde med aftenskolen');
    expect(seen?.body).toBe('Tillid først.');
    expect(noteTitled(bo, 'Privat: borgerens navn')).toBeUndefined();
    const folderText = changeFiles(folder).map((n) =>
      fs.readFileSync(path.join(changesIn(folder), n), 'utf8'),
    );
    expect(folderText.join('')).not.toMatch(/Privat|Hemmeligt/);
    expect(bo.team.authorship('note')).toEqual([
      expect.objectContaining({
        localId: seen?.id,
        author: 'Anne Holm',
        shared: true,
        conflict: false,
      }),
    ]);
    // Nothing changed: nothing written, nothing read.
    expect(bo.team.sync()).toMatchObject({ written: 0, received: 0, applied: 0 });
  });

  it('names who wrote a shared note first and who changed it last, on every device', () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne Holm', folder);
    const bo = openDevice('Bo Lind', folder);
    sharedNote(anne, 'Referat', 'Første udkast.');
    anne.team.sync();
    bo.team.sync();
    const onBo = noteTitled(bo, 'Referat');
    bo.services.notes.update({ id: onBo?.id ?? '', body: 'Rettet af Bo.' });
    bo.team.sync();
    anne.team.sync();
    for (const device of [anne, bo]) {
      expect(device.team.authorship('note')).toEqual([
        expect.objectContaining({ createdBy: 'Anne Holm', author: 'Bo Lind' }),
      ]);
    }
  });

  it('carries edits and deletes both ways', () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne', folder);
    const bo = openDevice('Bo', folder);
    sharedNote(anne, 'Referat');
    anne.team.sync();
    bo.team.sync();
    const onBo = noteTitled(bo, 'Referat');
    bo.services.notes.update({ id: onBo?.id ?? '', body: 'Bo tilføjede en linje' });
    expect(bo.team.status().waiting).toBe(1);
    bo.team.sync();
    anne.team.sync();
    expect(noteTitled(anne, 'Referat')?.body).toBe('Bo tilføjede en linje');
    expect(anne.team.authorship('note')[0]?.author).toBe('Bo');

    anne.services.notes.delete([noteTitled(anne, 'Referat')?.id ?? '']);
    anne.team.sync();
    bo.team.sync();
    expect(noteTitled(bo, 'Referat')).toBeUndefined();
    expect(bo.team.status().conflicts).toBe(0);
  });

  it('shows concurrent edits as a conflict on both devices and resolves it everywhere', () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne', folder);
    const bo = openDevice('Bo', folder);
    const id = sharedNote(anne, 'Plan', 'Start');
    anne.team.sync();
    bo.team.sync();
    anne.services.notes.update({ id, body: 'Anne skrev' });
    const boId = noteTitled(bo, 'Plan')?.id ?? '';
    bo.services.notes.update({ id: boId, body: 'Bo skrev' });
    anne.team.sync();
    bo.team.sync();
    anne.team.sync();

    for (const device of [anne, bo]) {
      const [conflict] = device.team.conflicts();
      expect(conflict?.versions.map((v) => [v.author, v.item.body])).toEqual([
        ['Bo', 'Bo skrev'],
        ['Anne', 'Anne skrev'],
      ]);
      expect(device.team.status().conflicts).toBe(1);
    }
    // An ordinary edit of the version shown keeps the other version in conflict.
    bo.services.notes.update({ id: boId, body: 'Bo skrev igen' });
    bo.team.sync();
    anne.team.sync();
    for (const device of [anne, bo]) {
      const bodies = device.team.conflicts()[0]?.versions.map((v) => v.item.body);
      expect(bodies).toEqual(['Bo skrev igen', 'Anne skrev']);
    }
    const combined = {
      ...anne.team.conflicts()[0]?.versions[0]?.item,
      body: 'Anne skrev\n\nBo skrev',
    };
    anne.team.resolve('note', id, combined);
    bo.team.sync();
    for (const device of [anne, bo]) {
      expect(device.team.conflicts()).toEqual([]);
      expect(noteTitled(device, 'Plan')?.body).toBe('Anne skrev\n\nBo skrev');
    }
  });

  it('merges edits of different fields made at the same time', () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne', folder);
    const bo = openDevice('Bo', folder);
    const id = sharedNote(anne, 'Plan', 'Start');
    anne.team.sync();
    bo.team.sync();
    anne.services.notes.update({ id, title: 'Plan for efteråret' });
    bo.services.notes.update({ id: noteTitled(bo, 'Plan')?.id ?? '', body: 'Ny brødtekst' });
    anne.team.sync();
    bo.team.sync();
    anne.team.sync();
    for (const device of [anne, bo]) {
      expect(noteTitled(device, 'Plan for efteråret')?.body).toBe('Ny brødtekst');
      expect(device.team.conflicts()).toEqual([]);
    }
  });

  it('shares a handout with its note references mapped to the colleague’s copies', () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne', folder);
    const bo = openDevice('Bo', folder);
    const noteId = sharedNote(anne, 'Erfaringer');
    const handout = anne.services.handouts.create({
      title: 'Workshop',
      items: [{ kind: 'note', ref: noteId, comment: 'Læs først' }],
    });
    anne.team.setShared('handout', [handout.id], true);
    anne.team.sync();
    bo.team.sync();
    const onBo = bo.services.handouts.list().find((h) => h.title === 'Workshop');
    expect(onBo?.items).toEqual([
      { kind: 'note', ref: noteTitled(bo, 'Erfaringer')?.id, comment: 'Læs først' },
    ]);
  });
});
