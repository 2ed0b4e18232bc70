// The store's identity and change count (table store_meta, migration v5). Every write
// transaction that changed a row counts one generation; a backup carries the count it was taken
// at, so "nothing changed since the newest backup" is one small read of each file.
import Database from 'better-sqlite3';
import { prepared } from './prepared';

export interface StoreGeneration {
  storeId: string;
  generation: number;
}

function hasMetaTable(db: Database.Database): boolean {
  return (
    db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'store_meta'`).get() !==
    undefined
  );
}

export function readGeneration(db: Database.Database): StoreGeneration | null {
  if (!hasMetaTable(db)) return null;
  const row = db.prepare('SELECT store_id, generation FROM store_meta WHERE id = 1').get() as
    { store_id: string; generation: number } | undefined;
  return row ? { storeId: row.store_id, generation: row.generation } : null;
}

/** The generation a backup file was taken at; null for older backups or unreadable files. */
export function generationOfFile(file: string): StoreGeneration | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return readGeneration(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Counts one change (inside the caller's write transaction). */
export function bumpGeneration(db: Database.Database): void {
  prepared(db, 'UPDATE store_meta SET generation = generation + 1 WHERE id = 1').run();
}

export function totalChanges(db: Database.Database): number {
  return (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
}

export function sameGeneration(a: StoreGeneration | null, b: StoreGeneration | null): boolean {
  return a !== null && b !== null && a.storeId === b.storeId && a.generation === b.generation;
}
