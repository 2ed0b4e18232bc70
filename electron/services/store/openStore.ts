// Opens the one database file `samspil.db`: refuses a newer schema, moves a damaged file aside
// (never deletes it), sets the durability pragmas, and migrates with a backup taken first.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { StoreStatus } from '../../../shared/notes/types';
import { createBackup, hasBackupOn, listBackups } from './backups';
import { removeStaleTempFiles } from '../atomicFile';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations';
import { describeStoreError, isDamage, StoreTooNewError } from './storeErrors';
import { assertSamspilDatabase } from './foreignDatabase';
import { describeFileError } from '../fileErrors';

export const DB_FILE = 'samspil.db';

export interface OpenStoreOptions {
  dataDir: string;
  /** Default `<dataDir>/backups`. */
  backupDir?: string;
  /** Clock for the daily backup and the trash (tests). */
  now?: () => Date;
}

export interface OpenedStore {
  db: Database.Database;
  dbPath: string;
  dataDir: string;
  backupDir: string;
  recovered: StoreStatus['recovered'];
  /** The versions migrated at this open, and the backup taken before. */
  migrated: { from: number; to: number; backup: string | null } | null;
}

/** Busy timeout: how long a write waits for another connection before it gives up. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * WAL pages before SQLite copies them back into the database (default 1000, 4 MB). Every commit
 * is durable in the WAL already (synchronous=FULL); checkpointing less often only lets the WAL
 * grow to about 20 MB during a large import, and makes 100,000 inserts about a fifth faster
 * (scripts/bench/notes.ts).
 */
export const WAL_AUTOCHECKPOINT_PAGES = 5000;

export function applyPragmas(db: Database.Database): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
}

function assertWritable(dataDir: string, dbPath: string): void {
  for (const target of [dataDir, dbPath]) {
    if (!fs.existsSync(target)) continue;
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (error) {
      throw describeStoreError(error, dbPath);
    }
  }
}

/** Opens and checks an existing file; throws on damage so the caller can move it aside. */
function openChecked(dbPath: string): Database.Database {
  const db = new Database(dbPath);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    assertSamspilDatabase(db, dbPath);
    applyPragmas(db);
    const version = schemaVersion(db);
    if (version > LATEST_VERSION) throw new StoreTooNewError(dbPath, version, LATEST_VERSION);
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const verdict = rows.map((r) => r.integrity_check).join('; ');
    if (verdict !== 'ok') throw new DamagedStoreError(verdict);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export class DamagedStoreError extends Error {
  override readonly name = 'DamagedStoreError';
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** Moves the database and its -wal/-shm aside with a timestamp; returns the new main path. */
function moveAside(dbPath: string, now: Date): string {
  const movedTo = path.join(path.dirname(dbPath), `samspil-beskadiget-${stamp(now)}.db`);
  for (const suffix of ['-wal', '-shm', '']) {
    if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, movedTo + suffix);
  }
  return movedTo;
}

export function openStore(options: OpenStoreOptions): OpenedStore {
  const now = options.now ?? (() => new Date());
  const dataDir = path.resolve(options.dataDir);
  const backupDir = path.resolve(options.backupDir ?? path.join(dataDir, 'backups'));
  if (backupDir === dataDir) {
    throw new Error('Sikkerhedskopierne skal ligge i en anden mappe end selve databasen.');
  }
  const dbPath = path.join(dataDir, DB_FILE);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw describeFileError(describeStoreError(error, dbPath), dataDir, 'data-dir-unusable');
  }
  assertWritable(dataDir, dbPath);
  removeStaleTempFiles(dataDir);

  let recovered: StoreStatus['recovered'] = null;
  let db: Database.Database;
  try {
    db = openChecked(dbPath);
  } catch (error) {
    if (!(error instanceof DamagedStoreError) && !isDamage(error)) {
      throw describeStoreError(error, dbPath);
    }
    // integrity_check can list thousands of problems; the first few say enough.
    const message = error instanceof Error ? error.message : String(error);
    const reason = message.split('; ').slice(0, 3).join('; ');
    const movedTo = moveAside(dbPath, now());
    const latestBackup = listBackups(backupDir)[0]?.name ?? null;
    recovered = { movedTo, reason, latestBackup };
    db = new Database(dbPath);
    applyPragmas(db);
  }

  try {
    const from = schemaVersion(db);
    let migrated: OpenedStore['migrated'] = null;
    if (from < LATEST_VERSION) {
      // A fresh file has nothing to protect; an older one is copied before it changes.
      const backup = from > 0 ? createBackup(db, backupDir, 'migration', now()).name : null;
      migrate(db);
      migrated = { from, to: LATEST_VERSION, backup };
    }
    return { db, dbPath, dataDir, backupDir, recovered, migrated };
  } catch (error) {
    db.close();
    throw describeStoreError(error, dbPath);
  }
}

/** The daily backup: at most one a day, only when there is something to protect (notes or handouts). */
export function dailyBackup(store: OpenedStore, hasData: boolean, now: Date): string | null {
  if (!hasData || hasBackupOn(store.backupDir, now)) return null;
  return createBackup(store.db, store.backupDir, 'daily', now).name;
}

/** Runs `fn` in one IMMEDIATE transaction (all or nothing; nested calls join the outer one). */
export function runInTransaction<T>(db: Database.Database, fn: () => T): T {
  if (db.inTransaction) return fn();
  return db.transaction(fn).immediate();
}
