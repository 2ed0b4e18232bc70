// Migration v6: the notes' free-text partnership values become partnerships, losing nothing.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openNotesStore } from '../../electron/services/storeServices';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import { createPartnershipsService } from '../../electron/services/partnerships/partnershipsService';
import {
  fixtureNotes,
  makeDbAtVersion,
  sqliteCheck,
  tempDirsRemovedAfterEach,
} from '../store/fixtures';
import { realContent } from './realContent';

const dataDir = tempDirsRemovedAfterEach();

describe('migration v6', () => {
  it('makes one partnership per free-text value and links its notes, keeping the text', () => {
    const dir = dataDir();
    const file = path.join(dir, 'samspil.db');
    const notes = fixtureNotes(6);
    makeDbAtVersion(file, 5, notes.slice(0, 5), notes.slice(5));
    const values = [
      'Sammen i Vejle',
      '  sammen i vejle ',
      'Kulturvenner',
      null,
      '',
      'Kulturvenner',
    ];
    const db = new Database(file);
    notes.forEach((n, i) =>
      db.prepare('UPDATE notes SET partnership = ? WHERE id = ?').run(values[i] ?? null, n.id),
    );
    db.close();

    const store = openNotesStore({ dataDir: dir });
    const content = realContent();
    const handouts = createHandoutService({ db: store.db, content, notes: store });
    const service = createPartnershipsService({ db: store.db, content, notes: store, handouts });
    try {
      const list = service.list();
      expect(list.map((p) => [p.name, p.migratedFrom, p.noteIds])).toEqual([
        ['Kulturvenner', 'Kulturvenner', [notes[2]?.id, notes[5]?.id]],
        ['Sammen i Vejle', 'Sammen i Vejle', [notes[0]?.id, notes[1]?.id]],
      ]);
      // The notes keep their free text as it was written.
      expect(store.get(notes[1]?.id as string).partnership).toBe('  sammen i vejle ');
      const report = service.migrationReport();
      expect(report).toMatchObject({ added: 2, notesLinked: 4 });
      expect(report.backup).toMatch(/migration/);
    } finally {
      store.close();
    }
    expect(sqliteCheck(file)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });

  it('brings in the free text of notes written after the migration, on request', () => {
    const dir = dataDir();
    const store = openNotesStore({ dataDir: dir });
    const content = realContent();
    const handouts = createHandoutService({ db: store.db, content, notes: store });
    const service = createPartnershipsService({ db: store.db, content, notes: store, handouts });
    try {
      const existing = service.create({ name: 'Kulturvenner' });
      const a = store.create({ title: 'a', body: '', partnership: ' kulturvenner' });
      const b = store.create({ title: 'b', body: '', partnership: 'Nyt samarbejde' });
      const c = store.create({ title: 'c', body: '', partnership: 'nyt samarbejde' });
      store.create({ title: 'd', body: '' });
      expect(service.adoptNoteText()).toEqual({ added: 1, notesLinked: 3 });
      expect(service.get(existing.id).noteIds).toEqual([a.id]);
      const made = service.list().find((p) => p.name === 'Nyt samarbejde');
      expect(made?.noteIds).toEqual([b.id, c.id]);
      // Again: nothing new, nothing moved.
      expect(service.adoptNoteText()).toEqual({ added: 0, notesLinked: 0 });
      expect(store.get(a.id).partnership).toBe(' kulturvenner');
    } finally {
      store.close();
    }
  });
});
