import fs from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { openNotesStore } from '../../electron/services/storeServices';
import { tempDir } from '../store/fixtures';

const KNOWN = new Set(['relation-gensidig-tillid', 'struktur-kontrakt', 'vaesentlig-ildsjaele']);
let dir = '';
let store: ReturnType<typeof openNotesStore>;
beforeEach(() => {
  dir = tempDir('samspil-notes-');
  store = openNotesStore({ dataDir: dir, knownFactorIds: KNOWN });
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ApiError ? `${error.code}: ${error.message}` : String(error);
  }
  return undefined;
}

describe('notes: create, read, update', () => {
  it('stores every field and reads it back, also after reopening', () => {
    const note = store.create({
      title: '  Møde i styregruppen ',
      body: '# Referat\n\nVi aftalte **kontrakten**.',
      partnership: 'Vores partnerskab',
      organisations: ['Frivilligcenter X', 'Kommunen'],
      aboutDate: '2026-03-01',
      factors: ['struktur-kontrakt', 'relation-gensidig-tillid', 'struktur-kontrakt'],
      links: ['citat-aftenskole-kontrakt'],
    });
    expect(note).toMatchObject({
      title: 'Møde i styregruppen',
      factors: ['struktur-kontrakt', 'relation-gensidig-tillid'],
      organisations: ['Frivilligcenter X', 'Kommunen'],
    });
    expect(note.createdAt).toBe(note.updatedAt);
    store.close();
    store = openNotesStore({ dataDir: dir, knownFactorIds: KNOWN });
    expect(store.get(note.id)).toEqual(note);
  });

  it('updates only the given fields and moves updatedAt forward', () => {
    const note = store.create({ title: 'a', body: 'b', factors: ['struktur-kontrakt'] });
    const updated = store.update({ id: note.id, body: 'ny', links: ['laering-forankring'] });
    expect(updated).toMatchObject({ title: 'a', body: 'ny', factors: ['struktur-kontrakt'] });
    expect(updated.links).toEqual(['laering-forankring']);
    expect(updated.updatedAt > note.updatedAt).toBe(true);
    expect(store.get(note.id)).toEqual(updated);
  });

  it.each([
    [{ title: '', body: '' }, /invalid-input: title: titlen mangler/],
    [{ title: 'x', body: '', aboutDate: '1. marts' }, /aboutDate: dato skal skrives/],
    [{ title: 'x', body: '', factors: ['findes-ikke'] }, /ukendt succesfaktor "findes-ikke"/],
    [{ title: 'x', body: '', links: ['Not An Id'] }, /links\[0\]: ugyldigt id/],
    [{ title: 'x'.repeat(501), body: '' }, /invalid-input: title/],
  ])('refuses bad input %#, naming the field', (input, message) => {
    expect(code(() => store.create(input))).toMatch(message);
    expect(store.list()).toEqual([]);
  });

  it('answers not-found for unknown ids', () => {
    const unknown = '11111111-1111-4111-8111-111111111111';
    expect(code(() => store.get(unknown))).toMatch(/^not-found/);
    expect(code(() => store.get('nonsense'))).toMatch(/^not-found/);
    expect(code(() => store.update({ id: unknown, title: 'x' }))).toMatch(/^not-found/);
    expect(code(() => store.delete([unknown]))).toMatch(/^not-found/);
    expect(code(() => store.undelete([unknown]))).toMatch(/^not-found/);
  });

  it('keeps a factor a later content version dropped, and reports it as unknown', () => {
    const note = store.create({
      title: 'a',
      body: '',
      factors: ['vaesentlig-ildsjaele', 'struktur-kontrakt'],
    });
    store.close();
    const newer = new Set(['struktur-kontrakt', 'relation-gensidig-tillid']);
    store = openNotesStore({ dataDir: dir, knownFactorIds: newer });
    expect(store.get(note.id)).toMatchObject({
      factors: ['vaesentlig-ildsjaele', 'struktur-kontrakt'],
      unknownFactors: ['vaesentlig-ildsjaele'],
    });
    // Editing the note keeps it; adding another unknown one is refused.
    expect(store.update({ id: note.id, title: 'b' }).factors).toContain('vaesentlig-ildsjaele');
    const kept = store.update({
      id: note.id,
      factors: ['vaesentlig-ildsjaele', 'relation-gensidig-tillid'],
    });
    expect(kept.unknownFactors).toEqual(['vaesentlig-ildsjaele']);
    expect(code(() => store.update({ id: note.id, factors: ['andet-ukendt'] }))).toMatch(
      /ukendt succesfaktor "andet-ukendt"/,
    );
  });

  it('lists newest first, filtered by factor or link, with a limit', () => {
    const a = store.create({ title: 'a', body: '', factors: ['struktur-kontrakt'] });
    const b = store.create({ title: 'b', body: '', links: ['citat-x'] });
    const c = store.create({
      title: 'c',
      body: '',
      factors: ['struktur-kontrakt'],
      links: ['citat-x'],
    });
    expect(store.list().map((n) => n.id)).toEqual([c.id, b.id, a.id]);
    expect(store.list({ factor: 'struktur-kontrakt' }).map((n) => n.id)).toEqual([c.id, a.id]);
    expect(store.list({ link: 'citat-x' }).map((n) => n.id)).toEqual([c.id, b.id]);
    expect(store.list({ limit: 1 }).map((n) => n.id)).toEqual([c.id]);
  });
});

describe('notes: trash and bulk delete', () => {
  it('moves notes to the trash and back (undo), out of list and search meanwhile', () => {
    const notes = ['a', 'b', 'c'].map((t) => store.create({ title: `tillid ${t}`, body: '' }));
    expect(store.delete([notes[0]!.id])).toEqual({ deleted: 1, backup: null });
    expect(store.list()).toHaveLength(2);
    expect(store.searchNotes('tillid', 10)).toHaveLength(2);
    expect(code(() => store.get(notes[0]!.id))).toMatch(/^not-found/);
    expect(store.undelete([notes[0]!.id])).toEqual({ restored: 1 });
    expect(store.get(notes[0]!.id).title).toBe('tillid a');
    expect(store.searchNotes('tillid', 10)).toHaveLength(3);
  });

  it('needs confirmation to delete more than half, and takes a backup first', () => {
    const ids = [1, 2, 3, 4].map((i) => store.create({ title: `n${i}`, body: '' }).id);
    expect(code(() => store.delete(ids.slice(0, 3)))).toMatch(/^needs-confirmation: .*3 af 4/);
    expect(store.list()).toHaveLength(4);
    expect(store.delete(ids.slice(0, 2))).toEqual({ deleted: 2, backup: null });
    const result = store.delete(ids.slice(2), { confirm: true });
    expect(result.deleted).toBe(2);
    const backup = store.listBackups().find((b) => b.name === result.backup);
    expect(backup?.reason).toBe('bulk-delete');
    expect(store.list()).toEqual([]);
  });

  it('purges trash entries older than 30 days at open, and says how many', () => {
    const old = store.create({ title: 'gammel', body: '' });
    const recent = store.create({ title: 'ny', body: '' });
    store.delete([old.id]);
    store.close();
    const later = new Date(Date.now() + 20 * 86_400_000);
    store = openNotesStore({ dataDir: dir, now: () => later });
    store.delete([recent.id]);
    store.close();
    const muchLater = new Date(Date.now() + 35 * 86_400_000);
    store = openNotesStore({ dataDir: dir, now: () => muchLater });
    expect(store.status().trashPurged).toBe(1);
    expect(code(() => store.undelete([old.id]))).toMatch(/^not-found/);
    expect(store.undelete([recent.id])).toEqual({ restored: 1 });
  });
});

describe('notes: search', () => {
  it('finds Danish word forms, ranks title above body, and gives spans of the words', () => {
    const inTitle = store.create({ title: 'Aftenskolerne', body: 'om samarbejde' });
    const inBody = store.create({ title: 'Møde', body: 'Vi besøgte en aftenskole i går.' });
    const rows = store.searchNotes('aftenskole', 10);
    expect(rows.map((r) => r.note.id)).toEqual([inTitle.id, inBody.id]);
    expect(rows[0]?.highlight().titleSpans).toEqual([{ start: 0, end: 13 }]);
    const body = (rows[1] as (typeof rows)[number]).highlight();
    const span = body.snippetSpans[0] as { start: number; end: number };
    expect(body.snippet.slice(span.start, span.end)).toBe('aftenskole');
    expect(rows[0]!.bm25).toBeLessThan(0);
  });

  it('gives the snippet as running text: no Markdown syntax, a heading ends its sentence', () => {
    store.create({
      title: 'Møde',
      body: '## Referat\n\nVi talte om **tillid** og [kontrakten](https://example.dk).',
    });
    const row = store.searchNotes('tillid', 10)[0]?.highlight();
    expect(row?.snippet).toBe('Referat. Vi talte om tillid og kontrakten.');
    const span = row!.snippetSpans[0]!;
    expect(row!.snippet.slice(span.start, span.end)).toBe('tillid');
  });

  it('matches the last word as a prefix while typing', () => {
    store.create({ title: 'Kontrakten', body: '' });
    expect(store.searchNotes('kontr', 10)).toHaveLength(1);
    expect(store.searchNotes('kontr ', 10)).toHaveLength(0);
  });

  it('finds words with combining marks and other scripts as one term each', () => {
    const note = store.create({ title: 'क्षत्रिय e\u0301te ไทย', body: 'Idé og ide' });
    for (const q of ['क्षत्रिय', 'e\u0301te', 'ไทย', 'ide']) {
      expect(store.searchNotes(q, 5).map((r) => r.note.id)).toEqual([note.id]);
    }
  });

  it('never throws on any text, and finds what it is asked for', () => {
    store.create({ title: 'Tillid og kontrakt', body: 'Aftenskolerne i kommunen' });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (q) => {
        const rows = store.searchNotes(q, 5);
        expect(Array.isArray(rows)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(store.searchNotes('tillid kommunerne', 5)).toHaveLength(1);
  });

  it.each([
    '"',
    'AND',
    'NEAR(a b)',
    'title:x',
    '*',
    '(',
    "'; DROP TABLE notes; --",
    '^a',
    '-',
    '§',
  ])('treats FTS5 syntax as text: %s', (q) => {
    store.create({ title: 'and near title', body: '' });
    expect(() => store.searchNotes(q, 10)).not.toThrow();
  });
});
