// The notes list's author filter and bulk sharing over two real devices (real SQLite stores on
// one shared temp folder): what "Mine", a colleague's name and "Del med teamet" / "Gør private"
// do with the authorship the team service reports.
import { describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes/types';
import type { TeamAuthorship } from '../../shared/team/types';
import {
  authorsOf,
  byAuthor,
  filterByAuthor,
  type AuthorshipById,
} from '../../renderer/views/notes/noteAuthorship';
import { shareNotes } from '../../renderer/views/notes/noteShareActions';
import { openDevice, sharedFolder, sharedNote, type Device } from './teamDevices';

const rowsOf = (device: Device): AuthorshipById =>
  new Map(device.team.authorship('note').map((r): [string, TeamAuthorship] => [r.localId, r]));

const titles = (notes: Note[]): string[] => notes.map((n) => n.title).sort();

/** The bulk bar's call, as the renderer makes it (no call for an empty list). */
const setSharedOn = (device: Device) => async (ids: string[], shared: boolean) =>
  ids.length === 0 ? 0 : device.team.setShared('note', ids, shared).changed;

describe('the author filter of the notes list', () => {
  it('finds a colleague’s shared notes by name, and "Mine": private, own shared, not yet sent', () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne Holm', folder);
    const bo = openDevice('Bo Lind', folder);
    sharedNote(anne, 'Annes referat');
    anne.services.notes.create({ title: 'Annes private note', body: '' });
    sharedNote(bo, 'Bos delte note');
    anne.team.sync();
    bo.team.sync();
    bo.services.notes.create({ title: 'Bos private note', body: '' });
    sharedNote(bo, 'Bos nye delte note, ikke sendt');

    const notes = bo.services.notes.list();
    const rows = rowsOf(bo);
    const mine = filterByAuthor(notes, 'mine', rows, 'Bo Lind');
    expect(titles(mine)).toEqual([
      'Bos delte note',
      'Bos nye delte note, ikke sendt',
      'Bos private note',
    ]);
    expect(titles(filterByAuthor(notes, byAuthor('Anne Holm'), rows, 'Bo Lind'))).toEqual([
      'Annes referat',
    ]);
    expect(filterByAuthor(notes, 'all', rows, 'Bo Lind')).toHaveLength(notes.length);
    expect(authorsOf(rows, new Set(notes.map((n) => n.id)))).toEqual(['Anne Holm', 'Bo Lind']);
  });

  it('counts a colleague’s note Bo made private as his own again', () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne Holm', folder);
    const bo = openDevice('Bo Lind', folder);
    sharedNote(anne, 'Annes referat');
    anne.team.sync();
    bo.team.sync();
    const [note] = bo.services.notes.list();
    bo.team.setShared('note', [note?.id ?? ''], false);
    const rows = rowsOf(bo);
    expect(titles(filterByAuthor([note as Note], 'mine', rows, 'Bo Lind'))).toEqual([
      'Annes referat',
    ]);
    expect(authorsOf(rows, new Set([note?.id ?? '']))).toEqual([]);
  });
});

describe('sharing from the bulk bar', () => {
  it('shares the selected notes, and undo makes only those private again', async () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne Holm', folder);
    const already = sharedNote(anne, 'Allerede delt');
    const one = anne.services.notes.create({ title: 'Første', body: '' });
    const two = anne.services.notes.create({ title: 'Anden', body: '' });
    const outcome = await shareNotes(
      anne.services.notes.list(),
      true,
      rowsOf(anne),
      setSharedOn(anne),
    );
    expect(outcome.count).toBe(2);
    const shared = () =>
      anne.team
        .authorship('note')
        .filter((r) => r.shared)
        .map((r) => r.localId)
        .sort();
    expect(shared()).toEqual([already, one.id, two.id].sort());
    expect(anne.team.status().waiting).toBe(3);

    await outcome.undo?.();
    expect(shared()).toEqual([already]);
  });

  it('makes shared notes private, never sending them again, and undo shares them again', async () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne Holm', folder);
    const bo = openDevice('Bo Lind', folder);
    const id = sharedNote(anne, 'Referat', 'Første udgave.');
    anne.team.sync();
    const outcome = await shareNotes(
      anne.services.notes.list(),
      false,
      rowsOf(anne),
      setSharedOn(anne),
    );
    expect(outcome.count).toBe(1);
    anne.services.notes.update({ id, body: 'Privat rettelse.' });
    expect(anne.team.sync()).toMatchObject({ written: 0 });
    bo.team.sync();
    expect(bo.services.notes.list().map((n) => n.body)).toEqual(['Første udgave.']);

    await outcome.undo?.();
    expect(anne.team.sync()).toMatchObject({ written: 1 });
    bo.team.sync();
    expect(bo.services.notes.list().map((n) => n.body)).toEqual(['Privat rettelse.']);
  });
});
