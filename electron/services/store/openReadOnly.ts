// Opening the store for reading only: a read-only folder or file, or a disk too full for SQLite's
// working files. Writes are then refused by assertWritable (openStore.ts) with the reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations';
import type { StoreHandle } from './openStore';
import { DamagedStoreError, DB_FILE, fileSize, type Places } from './storeFiles';
import { describeStoreError } from './storeErrors';

function integrityVerdict(db: Database.Database): string {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}

/**
 * For reading only: a read-only folder (no -shm can be made), or a full disk (no room for the
 * -shm). Exclusive locking keeps SQLite's WAL index in memory, so no -shm is needed at all; it
 * also keeps other processes out while this one is open, which a full disk does anyway.
 */
function openForReading(dbPath: string, readOnlyFile: boolean): Database.Database {
  const db = new Database(dbPath, { fileMustExist: true, readonly: readOnlyFile });
  try {
    if (!readOnlyFile) db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('query_only = ON');
    const version = schemaVersion(db);
    if (version !== LATEST_VERSION) migrate(db); // throws: too new, or cannot be migrated here
    const verdict = integrityVerdict(db);
    if (verdict !== 'ok') throw new DamagedStoreError(verdict);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A read-only folder gives SQLite no place for its -shm, so it cannot read a WAL database there
 * at all. The file (and its -wal) is then copied to a private temp folder and read from there;
 * nobody can write the original meanwhile, so the copy is what it holds.
 */
function openPrivateCopy(dbPath: string): { db: Database.Database; copyDir: string } {
  const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-kun-laesning-'));
  try {
    const copy = path.join(copyDir, DB_FILE);
    fs.copyFileSync(dbPath, copy);
    if (fs.existsSync(`${dbPath}-wal`)) fs.copyFileSync(`${dbPath}-wal`, `${copy}-wal`);
    return { db: openForReading(copy, false), copyDir };
  } catch (error) {
    fs.rmSync(copyDir, { recursive: true, force: true });
    throw error;
  }
}

export function openReadOnly(places: Places, reason: string, diskFull: boolean): StoreHandle {
  if (fileSize(places.dbPath) === null) {
    const code = diskFull ? 'SQLITE_FULL' : 'EACCES';
    throw describeStoreError(Object.assign(new Error(reason), { code }), places.dbPath);
  }
  let db: Database.Database;
  let copyDir: string | null = null;
  try {
    db = openForReading(places.dbPath, !diskFull);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const noShm =
      !diskFull && typeof code === 'string' && /READONLY|CANTOPEN|IOERR_LOCK/.test(code);
    if (!noShm) throw describeStoreError(error, places.dbPath);
    try {
      ({ db, copyDir } = openPrivateCopy(places.dbPath));
    } catch (copyError) {
      throw describeStoreError(copyError, places.dbPath);
    }
  }
  return {
    db,
    dbPath: places.dbPath,
    dataDir: places.dataDir,
    backupDir: places.backupDir,
    now: places.now,
    readOnly: reason,
    foundHere: new Set(),
    migrated: null,
    close() {
      if (db.open) db.close();
      if (copyDir) fs.rmSync(copyDir, { recursive: true, force: true });
    },
  };
}
