// The two kinds of transaction the services use. Writes take the write lock up front (IMMEDIATE),
// so they never fail half-way on a lock, and count a generation when they changed a row (see
// storeMeta.ts); reads are DEFERRED and, in WAL mode, never wait for a writer nor block one.
import type Database from 'better-sqlite3';
import { bumpGeneration, totalChanges } from './storeMeta';

/** Runs `fn` in one IMMEDIATE transaction (all or nothing; nested calls join the outer one). */
export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  if (db.inTransaction) return fn();
  return db
    .transaction(() => {
      const before = totalChanges(db);
      const result = fn();
      if (totalChanges(db) !== before) bumpGeneration(db);
      return result;
    })
    .immediate();
}

/** Runs `fn` in one read transaction: a consistent snapshot without the write lock. */
export function readTransaction<T>(db: Database.Database, fn: () => T): T {
  if (db.inTransaction) return fn();
  return db.transaction(fn).deferred();
}
