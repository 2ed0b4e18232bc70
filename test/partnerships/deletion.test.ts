// Deleting one of the user's partnerships, on a real samspil.db in a temp folder: asked for with
// the counts, a backup first, into the trash with its whole history, undo brings all of it back,
// the notes are never touched, and the trash is purged only after 30 days.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { openNotesStore } from '../../electron/services/storeServices';
import type { PartnershipsService } from '../../electron/services/partnerships/partnershipsService';
import { tempDir } from '../store/fixtures';
import { partnershipsOver } from './partnershipsOver';
import { realContent } from './realContent';

let dir = '';
let notes: ReturnType<typeof openNotesStore>;
let clock = new Date('2025-11-20T10:00:00.000Z');
const dataDir = (): string => path.join(dir, 'data');

const service = (): PartnershipsService => partnershipsOver(notes, () => clock);

const rowCount = (db: Database.Database, table: string, id: string): number =>
  (
    db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE partnership_id = ?`).get(id) as {
      n: number;
    }
  ).n;

/** A partnership with two partners, three assessments and two notes (one of them also free text). */
function seeded() {
  const first = notes.create({
    title: 'Styregruppemøde',
    body: 'Om tillid',
    partnership: 'Fritid',
  });
  const second = notes.create({ title: 'Evaluering', body: 'Om forankring' });
  const other = notes.create({ title: 'Anden sag', body: 'Hører ikke til' });
  const p = service().create({
    name: 'Fritid',
    partners: [
      { name: 'Vejle Kommune', sector: 'kommune' },
      { name: 'Frivilligcenter Vejle', sector: 'frivillig' },
    ],
    noteIds: [first.id, second.id],
  });
  const assess = (factorId: string, status: 'styrke' | 'opmaerksomhed', comment: string) =>
    service().assess({ partnershipId: p.id, factorId, status, comment });
  assess('vaesentlig-gensidig-tillid', 'opmaerksomhed', 'Nye folk i styregruppen');
  assess('vaesentlig-gensidig-tillid', 'styrke', 'Faste møder hjælper');
  assess('struktur-legitimitet', 'styrke', 'Kendt i byen');
  return { p, first, second, other };
}

beforeEach(() => {
  dir = tempDir('samspil-pdelete-');
  clock = new Date('2025-11-20T10:00:00.000Z');
  notes = openNotesStore({ dataDir: dataDir(), knownFactorIds: realContent().factorIds() });
});
afterEach(() => {
  notes.close();
  if (dir.includes('samspil-pdelete-')) fs.rmSync(dir, { recursive: true, force: true });
});

describe('deleting a partnership', () => {
  it('refuses without confirmation, naming its assessments and notes, and changes nothing', () => {
    const { p } = seeded();
    expect(service().deletionImpact(p.id)).toEqual({
      id: p.id,
      name: 'Fritid',
      assessments: 3,
      notes: 2,
    });
    let refused: unknown;
    try {
      service().delete(p.id);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('needs-confirmation');
    expect((refused as ApiError).message).toMatch(/»Fritid«.*vurderinger: 3.*noter.*: 2/);
    expect(
      service()
        .list()
        .map((x) => x.id),
    ).toEqual([p.id]);
    expect(notes.listBackups().filter((b) => b.reason === 'partnership-delete')).toEqual([]);
  });

  it('takes a backup first, then hides it everywhere, leaving the notes as they were', () => {
    const { p, first, second } = seeded();
    const notesBefore = notes.list().map(({ partnershipIds: _ids, ...n }) => n);
    clock = new Date('2025-11-21T10:00:00.000Z');
    const result = service().delete(p.id, { confirm: true });
    expect(result).toMatchObject({ id: p.id, name: 'Fritid', assessments: 3, notes: 2 });

    // The backup holds the partnership with its history, as it was just before.
    const backup = notes.listBackups().find((b) => b.name === result.backup);
    expect(backup?.reason).toBe('partnership-delete');
    const copy = new Database(backup?.path ?? '', { readonly: true });
    try {
      expect(rowCount(copy, 'my_partnership_assessments', p.id)).toBe(3);
      expect(copy.prepare('SELECT deleted_at FROM my_partnerships').get()).toEqual({
        deleted_at: null,
      });
    } finally {
      copy.close();
    }

    expect(service().list()).toEqual([]);
    expect(() => service().get(p.id)).toThrow(/Der findes intet partnerskab/);
    expect(() => service().profile(p.id)).toThrow(ApiError);
    expect(service().overview()).toEqual([]);
    expect(service().factorAcross('struktur-legitimitet').rows).toEqual([]);
    expect(service().search('styregruppen')).toEqual([]);
    expect(() =>
      service().assess({ partnershipId: p.id, factorId: 'struktur-legitimitet', status: 'styrke' }),
    ).toThrow(ApiError);
    const file = path.join(dir, 'ud.json');
    expect(service().exportFile(file).count).toBe(0);

    // The notes keep every field, their free text too; only the link to the partnership is gone.
    expect(notes.list().map(({ partnershipIds: _ids, ...n }) => n)).toEqual(notesBefore);
    expect(notes.get(first.id).partnership).toBe('Fritid');
    expect(notes.get(first.id).partnershipIds).toEqual([]);
    expect(notes.get(second.id).partnershipIds).toEqual([]);
    // …and the history itself is still in the store, for undo.
    expect(rowCount(notes.db, 'my_partnership_assessments', p.id)).toBe(3);
  });

  it('is undone whole: history, partners, notes and search come back', () => {
    const { p, first } = seeded();
    const before = { get: service().get(p.id), profile: service().profile(p.id) };
    service().delete(p.id, { confirm: true });
    expect(service().undelete(p.id)).toEqual(before.get);
    expect(service().profile(p.id)).toEqual(before.profile);
    expect(notes.get(first.id).partnershipIds).toEqual([p.id]);
    expect(
      service()
        .search('styregruppen')
        .map((h) => h.partnershipId),
    ).toEqual([p.id]);
    expect(() => service().undelete(p.id)).toThrow(/Der findes intet partnerskab/);
    expect(() => service().delete('00000000-0000-4000-8000-000000000000')).toThrow(
      /Der findes intet partnerskab/,
    );
  });

  it('purges the trash at open only after 30 days, with a backup first, and never the notes', () => {
    const { p, first, second } = seeded();
    const deleted = service().delete(p.id, { confirm: true });
    const reopenAt = (iso: string) => {
      notes.close();
      clock = new Date(iso);
      notes = openNotesStore({
        dataDir: dataDir(),
        knownFactorIds: realContent().factorIds(),
        now: () => clock,
      });
    };
    reopenAt('2025-12-19T10:00:00.000Z');
    expect(notes.status().partnershipTrashPurged ?? 0).toBe(0);
    expect(rowCount(notes.db, 'my_partnership_assessments', p.id)).toBe(3);
    reopenAt('2025-12-21T10:00:00.000Z');
    expect(notes.status().partnershipTrashPurged).toBe(1);
    for (const table of ['my_partnership_assessments', 'my_partnership_notes']) {
      expect(rowCount(notes.db, table, p.id)).toBe(0);
    }
    // A backup still holds what the purge removed: the one taken before the delete, or newer.
    const backups = notes.listBackups().map((b) => b.name);
    expect(backups).toContain(deleted.backup);
    expect(notes.get(first.id)).toMatchObject({ title: 'Styregruppemøde', partnership: 'Fritid' });
    expect(notes.get(second.id).title).toBe('Evaluering');
  });

  it('does not make the deleted partnership again from its notes’ free text', () => {
    const { p } = seeded();
    const later = notes.create({ title: 'Senere', body: '', partnership: ' fritid ' });
    service().delete(p.id, { confirm: true });
    expect(service().adoptNoteText()).toEqual({ added: 0, notesLinked: 0 });
    expect(service().list()).toEqual([]);
    expect(notes.get(later.id).partnership).toBe(' fritid ');
  });

  it('leaves a deleted partnership in the trash when an older export of it is imported', () => {
    const { p } = seeded();
    const file = path.join(dir, 'partnerskaber.json');
    service().exportFile(file);
    service().delete(p.id, { confirm: true });
    expect(service().importFile(file)).toMatchObject({ added: 0, skipped: 1 });
    expect(service().list()).toEqual([]);
    // A newer version of it (edited on another computer since) is written, and out of the trash.
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      partnerships: { updatedAt: string; purpose: string }[];
    };
    Object.assign(data.partnerships[0] ?? {}, {
      updatedAt: '2025-12-01T10:00:00.000Z',
      purpose: 'Rettet andetsteds',
    });
    fs.writeFileSync(file, JSON.stringify(data));
    expect(service().importFile(file)).toMatchObject({ updated: 1 });
    expect(
      service()
        .list()
        .map((x) => [x.id, x.purpose]),
    ).toEqual([[p.id, 'Rettet andetsteds']]);
  });
});

describe('a note’s partnerships, from the note’s side', () => {
  it('links a new note and relinks an edited one, in the same write as the note', () => {
    const a = service().create({ name: 'A' });
    const b = service().create({ name: 'B' });
    const note = notes.create({ title: 'Møde', body: '', partnershipIds: [b.id, a.id] });
    expect(note.partnershipIds).toEqual([a.id, b.id]);
    expect(service().get(a.id).noteIds).toEqual([note.id]);
    clock = new Date('2025-11-21T10:00:00.000Z');
    const edited = notes.update({ id: note.id, partnershipIds: [b.id] });
    expect(edited.partnershipIds).toEqual([b.id]);
    expect(service().get(a.id).noteIds).toEqual([]);
    // Each partnership whose notes changed reads as newer, so its export carries the change.
    expect(service().get(a.id).updatedAt > a.updatedAt).toBe(true);
    // Left out, the links stay as they are.
    expect(notes.update({ id: note.id, title: 'Møde 2' }).partnershipIds).toEqual([b.id]);
    expect(notes.list()[0]?.partnershipIds).toEqual([b.id]);
  });

  it('refuses an unknown or deleted partnership by field, and writes nothing', () => {
    const a = service().create({ name: 'A' });
    const gone = service().create({ name: 'Væk' });
    service().delete(gone.id, { confirm: true });
    const note = notes.create({ title: 'Møde', body: '', partnershipIds: [a.id] });
    let refused: unknown;
    try {
      notes.update({ id: note.id, title: 'Ændret', partnershipIds: [a.id, gone.id] });
    } catch (error) {
      refused = error;
    }
    expect((refused as ApiError).issues).toEqual([
      expect.objectContaining({ path: ['partnershipIds', 1], code: 'partnership-not-found' }),
    ]);
    expect(notes.get(note.id)).toMatchObject({ title: 'Møde', partnershipIds: [a.id] });
    expect(() => notes.create({ title: 'Ny', body: '', partnershipIds: [gone.id] })).toThrow(
      /partnershipIds\[0\]/,
    );
    expect(notes.list().map((n) => n.title)).toEqual(['Møde']);
  });

  it('keeps a link to a partnership in the trash when the note is saved, so undo finds it', () => {
    const a = service().create({ name: 'A' });
    const gone = service().create({ name: 'Væk' });
    const note = notes.create({ title: 'Møde', body: '', partnershipIds: [a.id, gone.id] });
    service().delete(gone.id, { confirm: true });
    expect(notes.get(note.id).partnershipIds).toEqual([a.id]);
    notes.update({ id: note.id, partnershipIds: [a.id] });
    service().undelete(gone.id);
    expect(notes.get(note.id).partnershipIds).toEqual([a.id, gone.id]);
  });
});
