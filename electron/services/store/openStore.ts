// Opens the one database file `samspil.db` for the services: moves a damaged or empty file, or a
// -wal that does not belong, aside (never deletes it) and records that in the store; opens
// read-only when the folder cannot be written or the disk is full; sets the durability pragmas;
// and migrates with a backup taken first (migrate() refuses a newer schema). The handle it
// returns is what storeServices.ts hands to every module.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import { createBackup, listBackups } from './backups';
import { removeStaleTempFiles } from '../atomicFile';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations';
import { describeStoreError, isDamage, isDiskFull, readOnlyReason } from './storeErrors';
import { recordEvent, type StoreEvent } from './storeEvents';
import { writeTransaction } from './transactions';
import { walMismatch } from './walCheck';
import { openReadOnly } from './openReadOnly';
import { withRecoveryLock } from './recoveryLock';
import { silentLog, type Log } from '../log/fileLog';
import { DamagedStoreError, DB_FILE, type Places } from './storeFiles';
import { assertSamspilDatabase } from './foreignDatabase';
import { describeFileError } from '../fileErrors';

export interface OpenStoreOptions {
  dataDir: string;
  /** Default `<dataDir>/backups`. */
  backupDir?: string;
  /** Clock for the daily backup and the trash (tests). */
  now?: () => Date;
  /** How long a write waits for another process's lock (default BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
  /** Where each recovery (a file moved aside) is recorded with its cause. */
  log?: Log;
}

/** The open database and its places; `backupDir` changes when the user moves the backups. */
export interface StoreHandle {
  readonly db: Database.Database;
  readonly dbPath: string;
  readonly dataDir: string;
  backupDir: string;
  readonly now: () => Date;
  /** Why nothing can be written (read-only folder, full disk), or null. */
  readonly readOnly: string | null;
  /** The store events (recoveries) this open found and recorded. */
  readonly foundHere: ReadonlySet<number>;
  /** The versions migrated at this open, and the backup taken before. */
  readonly migrated: { from: number; to: number; backup: string | null } | null;
  /** Closes the database (and removes a private read copy, see openReadOnly). */
  close(): void;
}

/** Busy timeout: how long a write waits for another connection before it gives up (the CLI). */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * The app calls the store synchronously in its main process, so a write waiting for another
 * process's lock (a large import on the command line) would stall every window. It waits this
 * long, then says "optaget, prøv igen" instead. Reads never wait: in WAL mode a reader does not
 * need the write lock, and no read path takes it.
 */
export const APP_BUSY_TIMEOUT_MS = 250;

/**
 * WAL pages before SQLite copies them back into the database (default 1000, 4 MB). Every commit
 * is durable in the WAL already (synchronous=FULL); checkpointing less often only lets the WAL
 * grow to about 20 MB during a large import, and makes 100,000 inserts about a fifth faster
 * (scripts/bench/notes.ts).
 */
export const WAL_AUTOCHECKPOINT_PAGES = 5000;

export function applyPragmas(db: Database.Database, busyTimeoutMs = BUSY_TIMEOUT_MS): void {
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
}

function integrityVerdict(db: Database.Database): string {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}

/** Opens and checks an existing file; throws on damage so the caller can move it aside. */
function openChecked(dbPath: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(dbPath);
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    assertSamspilDatabase(db, dbPath);
    applyPragmas(db, busyTimeoutMs);
    const verdict = integrityVerdict(db);
    if (verdict !== 'ok') throw new DamagedStoreError(verdict);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** Moves the database and its -wal/-shm aside with a timestamp; returns the new main path. */
function moveAside(dbPath: string, now: Date, label = 'beskadiget'): string {
  const movedTo = path.join(path.dirname(dbPath), `samspil-${label}-${stamp(now)}.db`);
  for (const suffix of ['-wal', '-shm', '']) {
    if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, movedTo + suffix);
  }
  return movedTo;
}

function moveWalAside(dbPath: string, now: Date): string {
  const movedTo = path.join(path.dirname(dbPath), `samspil-wal-afvist-${stamp(now)}.db-wal`);
  fs.renameSync(`${dbPath}-wal`, movedTo);
  fs.rmSync(`${dbPath}-shm`, { force: true });
  return movedTo;
}

/** Which file a path names right now (device and inode), or null when there is none. */
function fileId(file: string): string | null {
  try {
    const stat = fs.statSync(file);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

/** A file just created by another opener is empty for a moment; older than this it is not. */
const NEW_FILE_MS = 10_000;

function isOldEmptyFile(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    return stat.size === 0 && Date.now() - stat.mtimeMs > NEW_FILE_MS;
  } catch {
    return false;
  }
}

/** A cheap first look, without the lock: is there anything checkBeforeOpen would move? */
function looksWrongBeforeOpen(places: Places): boolean {
  return (
    (isOldEmptyFile(places.dbPath) && listBackups(places.backupDir).length > 0) ||
    walMismatch(places.dbPath) !== null
  );
}

/**
 * Before SQLite sees the files: an empty file where a store was, a -wal that does not belong.
 * Runs under the recovery lock, so each look and its move are one step for every opener.
 */
function checkBeforeOpen(places: Places): Omit<StoreEvent, 'latestBackup'>[] {
  const { dbPath, now } = places;
  const found: Omit<StoreEvent, 'latestBackup'>[] = [];
  // SQLite opens an empty file as a new store. It is one only when no backup says a store was
  // here, or when it was just made (another process is creating the store this very moment).
  if (isOldEmptyFile(dbPath) && listBackups(places.backupDir).length > 0) {
    const movedTo = moveAside(dbPath, now(), 'tom');
    found.push({
      kind: 'empty',
      foundAt: now().toISOString(),
      movedTo,
      reason: 'samspil.db var tom (0 byte)',
    });
  }
  const mismatch = walMismatch(dbPath);
  if (mismatch) {
    const movedTo = moveWalAside(dbPath, now());
    found.push({ kind: 'wal', foundAt: now().toISOString(), movedTo, reason: mismatch });
  }
  return found;
}

/** Opens the file, moving it aside when damaged; returns what was found. */
function openOrRecover(
  places: Places,
  busyTimeoutMs: number,
  log: Log = silentLog,
): { db: Database.Database; found: Omit<StoreEvent, 'latestBackup'>[] } {
  const { dbPath } = places;
  // The usual open takes no lock: only what looks wrong is looked at again under it.
  const found = looksWrongBeforeOpen(places)
    ? withRecoveryLock(dbPath, () => checkBeforeOpen(places))
    : [];
  for (const event of found) log.warn('store.recovered', { dbPath, ...event });
  const opened = fileId(dbPath);
  try {
    return { db: openChecked(dbPath, busyTimeoutMs), found };
  } catch (error) {
    if (!(error instanceof DamagedStoreError) && !isDamage(error)) throw error;
    return withRecoveryLock(dbPath, () => {
      // Another process found the same damage a moment ago and put a fresh store in its place:
      // open that one instead of moving it aside too.
      if (fileId(dbPath) !== opened) return { db: openChecked(dbPath, busyTimeoutMs), found };
      // integrity_check can list thousands of problems; the first few say enough.
      const message = error instanceof Error ? error.message : String(error);
      const reason = message.split('; ').slice(0, 3).join('; ');
      const movedTo = moveAside(dbPath, places.now());
      found.push({ kind: 'damaged', foundAt: places.now().toISOString(), movedTo, reason });
      log.warn('store.recovered', { dbPath, kind: 'damaged', movedTo }, error);
      // Created and switched to WAL inside the lock, so that no opener finds it half-made.
      const db = new Database(dbPath);
      applyPragmas(db, busyTimeoutMs);
      return { db, found };
    });
  }
}

function resolvePlaces(options: OpenStoreOptions): Places {
  const dataDir = path.resolve(options.dataDir);
  const backupDir = path.resolve(options.backupDir ?? path.join(dataDir, 'backups'));
  if (backupDir === dataDir) {
    throw new Error('Sikkerhedskopierne skal ligge i en anden mappe end selve databasen.');
  }
  return {
    dataDir,
    backupDir,
    dbPath: path.join(dataDir, DB_FILE),
    now: options.now ?? (() => new Date()),
  };
}

export function openDatabase(options: OpenStoreOptions): StoreHandle {
  const places = resolvePlaces(options);
  const { dbPath, dataDir } = places;
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw describeFileError(describeStoreError(error, dbPath), dataDir, 'data-dir-unusable');
  }
  const notWritable = readOnlyReason(dataDir, dbPath);
  if (notWritable) return openReadOnly(places, notWritable, false);
  removeStaleTempFiles(dataDir);

  let opened: ReturnType<typeof openOrRecover>;
  try {
    opened = openOrRecover(places, busyTimeoutMs, options.log);
  } catch (error) {
    if (isDiskFull(error)) return openReadOnly(places, 'disken er fuld', true);
    throw describeStoreError(error, dbPath);
  }
  const { db, found } = opened;
  try {
    const migrated = migrateWithBackup(db, places);
    const latestBackup = listBackups(places.backupDir)[0]?.name ?? null;
    // Only when there is something to record: an ordinary open takes no write lock.
    const foundHere =
      found.length === 0
        ? []
        : writeTransaction(db, () =>
            found.map((event) => recordEvent(db, { ...event, latestBackup })),
          );
    return {
      db,
      dbPath,
      dataDir,
      backupDir: places.backupDir,
      now: places.now,
      readOnly: null,
      foundHere: new Set(foundHere),
      migrated,
      close: () => {
        if (db.open) db.close();
      },
    };
  } catch (error) {
    db.close();
    throw describeStoreError(error, dbPath);
  }
}

function migrateWithBackup(db: Database.Database, places: Places): StoreHandle['migrated'] {
  const from = schemaVersion(db);
  if (from > 0 && from < LATEST_VERSION) {
    // A fresh file has nothing to protect; an older one is copied before it changes.
    const backup = createBackup(db, places.backupDir, 'migration', places.now()).name;
    migrate(db);
    return { from, to: LATEST_VERSION, backup };
  }
  return migrate(db).length > 0 ? { from, to: LATEST_VERSION, backup: null } : null;
}

/** Refuses a write on a store opened for reading only, saying why. */
export function assertWritable(store: Pick<StoreHandle, 'readOnly' | 'dataDir'>): void {
  if (store.readOnly === null) return;
  throw new ApiError('unavailable', 'store-opened-read-only', {
    detail: store.readOnly,
    folder: store.dataDir,
  });
}
