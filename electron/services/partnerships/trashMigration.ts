// Schema v9, owned by Mine partnerskaber: a trash for the user's partnerships like the one notes
// and handouts have. A deleted partnership keeps its partners, note links and assessments while
// it lies there, so undo brings back all of it; the rows go only when the trash is purged.
import type { Migration } from '../store/migrations';

export const PARTNERSHIP_TRASH_MIGRATION: Migration = {
  version: 9,
  up(db) {
    db.exec(`ALTER TABLE my_partnerships ADD COLUMN deleted_at TEXT;`);
  },
};
