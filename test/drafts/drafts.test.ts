// Drafts on a real database file: written, replaced, kept across a reopen (as after a crash),
// discarded; and the v8 migration keeps the handouts a v4 database held.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftService } from '../../electron/services/drafts/draftService';
import { openNotesStore } from '../../electron/services/storeServices';
import { migrate, schemaVersion } from '../../electron/services/store/migrations';

let dataDir: string;
let notes: ReturnType<typeof openNotesStore>;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-drafts-'));
  notes = openNotesStore({ dataDir });
});
afterEach(() => {
  notes.close();
  if (dataDir.startsWith(os.tmpdir()) && dataDir.length > os.tmpdir().length + 1) {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

describe('drafts', () => {
  it('keeps the latest text of a form across a reopen, and forgets it when discarded', () => {
    const drafts = createDraftService(notes.db);
    expect(drafts.get('note:new')).toBeNull();
    drafts.put('note:new', JSON.stringify({ title: 'Mø' }));
    drafts.put('note:new', JSON.stringify({ title: 'Møde i styregruppen' }));
    notes.close();
    notes = openNotesStore({ dataDir });
    const reopened = createDraftService(notes.db);
    expect(JSON.parse(reopened.get('note:new')?.value ?? '{}')).toEqual({
      title: 'Møde i styregruppen',
    });
    expect(reopened.discard('note:new')).toEqual({ discarded: true });
    expect(reopened.get('note:new')).toBeNull();
    expect(reopened.discard('note:new')).toEqual({ discarded: false });
  });
});

describe('migration v8', () => {
  it('adds the drafts table and the handout trash, keeping the handouts of v4', () => {
    const file = path.join(dataDir, 'old.db');
    const db = new Database(file);
    try {
      migrate(db, 4);
      db.prepare(
        `INSERT INTO handouts (id, title, created_at, updated_at) VALUES ('h1', 'Gammel', 'x', 'x')`,
      ).run();
      expect(migrate(db)).toContain(8);
      expect(schemaVersion(db)).toBeGreaterThanOrEqual(8);
      expect(db.prepare('SELECT title, deleted_at FROM handouts').all()).toEqual([
        { title: 'Gammel', deleted_at: null },
      ]);
      expect(db.prepare('SELECT count(*) AS n FROM drafts').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
