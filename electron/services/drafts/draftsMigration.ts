// Schema v8, owned by the editor's drafts: what the user typed and has not saved yet (one row per
// form, replaced as they type), and a trash for handouts like the one notes have.
import type { Migration } from '../store/migrations';

export const DRAFTS_MIGRATION: Migration = {
  version: 8,
  up(db) {
    db.exec(`
      CREATE TABLE drafts (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
      ALTER TABLE handouts ADD COLUMN deleted_at TEXT;
    `);
  },
};
