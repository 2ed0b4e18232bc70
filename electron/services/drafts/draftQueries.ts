// The drafts table (schema v8): free functions over the database, one row per form.
import type Database from 'better-sqlite3';
import type { Draft } from '../../../shared/drafts';
import { prepared } from '../store/prepared';

interface DraftRow {
  key: string;
  value: string;
  updated_at: string;
}

const rowToDraft = (row: DraftRow): Draft => ({
  key: row.key,
  value: row.value,
  updatedAt: row.updated_at,
});

export function getDraft(db: Database.Database, key: string): Draft | null {
  const row = prepared(db, 'SELECT * FROM drafts WHERE key = :key').get({ key }) as
    DraftRow | undefined;
  return row ? rowToDraft(row) : null;
}

export function putDraft(db: Database.Database, key: string, value: string): Draft {
  const updatedAt = new Date().toISOString();
  prepared(
    db,
    `INSERT INTO drafts (key, value, updated_at) VALUES (:key, :value, :updatedAt)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run({ key, value, updatedAt });
  return { key, value, updatedAt };
}

export function deleteDraft(db: Database.Database, key: string): boolean {
  return prepared(db, 'DELETE FROM drafts WHERE key = :key').run({ key }).changes > 0;
}
