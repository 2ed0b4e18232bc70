import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openNotesStore } from '../../electron/services/storeServices';
import {
  assertOrdered,
  LATEST_VERSION,
  migrate,
  MIGRATIONS,
} from '../../electron/services/store/migrations';
import {
  fixtureNotes,
  makeDbAtVersion,
  readNotes,
  sqliteCheck,
  tempDirsRemovedAfterEach,
} from './fixtures';

const KNOWN = new Set(['relation-gensidig-tillid', 'struktur-kontrakt']);
const dataDir = tempDirsRemovedAfterEach();

describe('migrations', () => {
  it('has a real history of at least three versions, numbered in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(LATEST_VERSION).toBe(9);
  });

  it('refuses a list whose versions skip, repeat or run backwards', () => {
    const step = (version: number) => ({ version, up: () => undefined });
    expect(() => assertOrdered([step(1), step(2)])).not.toThrow();
    for (const versions of [[1, 3], [1, 1], [2, 1], [2]]) {
      expect(() => assertOrdered(versions.map(step)), versions.join(',')).toThrow(/forventet/);
    }
  });

  it('migrate() itself refuses a newer schema, whoever calls it, and leaves the file as it was', () => {
    const file = path.join(dataDir(), 'newer.db');
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(/nyere version af Samspil/);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get()).toEqual({ n: 0 });
    db.close();
  });

  for (const version of MIGRATIONS.map((m) => m.version).filter((v) => v < LATEST_VERSION)) {
    it(`migrates a v${version} file with data to v${LATEST_VERSION}, keeping every note`, () => {
      const dir = dataDir();
      const all = fixtureNotes(13);
      const notes = all.slice(0, 12);
      const trashed = version >= 2 ? all.slice(12) : [];
      makeDbAtVersion(path.join(dir, 'samspil.db'), version, notes, trashed);

      const store = openNotesStore({ dataDir: dir, knownFactorIds: KNOWN });
      const status = store.status();
      expect(status.schemaVersion).toBe(LATEST_VERSION);
      expect(status.noteCount).toBe(notes.length);
      for (const note of notes) {
        const stored = store.get(note.id);
        expect([stored.title, stored.body, stored.factors, stored.links]).toEqual([
          note.title,
          note.body,
          note.factors,
          note.links,
        ]);
      }
      expect(store.list({ factor: 'struktur-kontrakt' })).toHaveLength(6);
      expect(store.searchNotes('aftenskole', 50)).toHaveLength(notes.length);
      // A note in the trash stays there, out of search, and comes back whole.
      for (const note of trashed) {
        expect(() => store.get(note.id)).toThrow(/Ukendt note/);
        expect(store.undelete([note.id])).toEqual({ restored: 1 });
        expect(store.get(note.id).factors).toEqual(note.factors);
        expect(store.searchNotes('aftenskole', 50)).toHaveLength(notes.length + 1);
      }
      // The backup taken before migrating holds the old version, intact.
      const backups = store.listBackups().filter((b) => b.reason === 'migration');
      expect(backups).toHaveLength(1);
      store.close();
      const old = new Database((backups[0] as { path: string }).path, { readonly: true });
      expect(old.pragma('user_version', { simple: true })).toBe(version);
      old.close();
      expect(sqliteCheck(path.join(dir, 'samspil.db'))).toEqual({
        integrity: 'ok',
        foreignKeys: [],
      });
    });
  }

  it('runs all pending migrations in one transaction: a failing step leaves the old version', () => {
    const dir = dataDir();
    const file = path.join(dir, 'samspil.db');
    const notes = fixtureNotes(5);
    makeDbAtVersion(file, 1, notes);
    // A stray table makes v2's CREATE TABLE fail half-way through the pending list.
    const db = new Database(file);
    db.exec('CREATE TABLE note_links (x TEXT) STRICT');
    db.close();

    expect(() => openNotesStore({ dataDir: dir })).toThrow(/note_links already exists/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    after.close();
    expect(readNotes(file)).toEqual(notes);
  });

  it('refuses a file from a newer Samspil with a clear message and leaves it where it is', () => {
    const dir = dataDir();
    const file = path.join(dir, 'samspil.db');
    makeDbAtVersion(file, LATEST_VERSION, fixtureNotes(3));
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const before = fs.readFileSync(file);

    expect(() => openNotesStore({ dataDir: dir })).toThrow(/nyere version af Samspil/);
    expect(fs.readdirSync(dir).filter((f) => f.includes('beskadiget'))).toEqual([]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('creates a fresh file at the latest version without a migration backup', () => {
    const dir = dataDir();
    const store = openNotesStore({ dataDir: dir });
    expect(store.status().schemaVersion).toBe(LATEST_VERSION);
    expect(store.listBackups()).toEqual([]);
    const pragmas = [
      'journal_mode',
      'synchronous',
      'foreign_keys',
      'busy_timeout',
      'wal_autocheckpoint',
    ].map((p) => store.db.pragma(p, { simple: true }));
    expect(pragmas).toEqual(['wal', 2, 1, 5000, 5000]);
    const strict = store.db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%STRICT'`)
      .all()
      .map((r) => (r as { name: string }).name)
      .sort();
    expect(strict).toEqual([
      'drafts',
      'handout_items',
      'handouts',
      'my_partnership_assessments',
      'my_partnership_notes',
      'my_partnership_partners',
      'my_partnerships',
      'note_factors',
      'note_links',
      'notes',
      'store_events',
      'store_meta',
    ]);
    store.close();
  });
});
