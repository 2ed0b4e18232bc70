// Tells damage (move the file aside) from trouble that is not damage (full disk, read-only file,
// locked file: report it and leave the file alone), and turns both into clear Danish messages.
import fs from 'node:fs';
import { ApiError } from '../../../shared/api';

function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The file is not a database, or its pages or structure are broken. */
export function isDamage(error: unknown): boolean {
  const code = sqliteCode(error) ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

const DISK_FULL = new Set([
  'SQLITE_FULL',
  'SQLITE_IOERR_WRITE',
  'SQLITE_IOERR_SHMSIZE',
  'SQLITE_IOERR_SHMMAP',
  'SQLITE_IOERR_FSYNC',
  'SQLITE_IOERR_TRUNCATE',
  'ENOSPC',
  'EDQUOT',
]);

/** No room on the disk (SQLite says so in several ways, e.g. when it cannot make its -shm). */
export function isDiskFull(error: unknown): boolean {
  return DISK_FULL.has(sqliteCode(error) ?? '');
}

/** Why the data folder or the database file cannot be written, or null when both can. */
export function readOnlyReason(dataDir: string, dbPath: string): string | null {
  for (const target of [dataDir, dbPath]) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && target === dbPath) continue;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        return target === dataDir
          ? 'datamappen er skrivebeskyttet'
          : 'databasefilen er skrivebeskyttet';
      }
    }
  }
  return null;
}

/** Maps trouble that is not damage to an ApiError; returns the error itself otherwise. */
export function describeStoreError(error: unknown, dbPath: string): unknown {
  const code = sqliteCode(error) ?? '';
  if (isDiskFull(error)) {
    return new ApiError('unavailable', 'disk-full', { file: dbPath });
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS') {
    return new ApiError('unavailable', 'store-read-only', { file: dbPath });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ApiError('unavailable', 'store-busy', { file: dbPath });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return new ApiError('unavailable', 'store-unreadable', { file: dbPath, detail: code });
  }
  return error;
}

/** Runs `fn` and rethrows store trouble as a clear ApiError. */
export function withStoreErrors<T>(dbPath: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw describeStoreError(error, dbPath);
  }
}

export class StoreTooNewError extends ApiError {
  constructor(dbPath: string, found: number, supported: number) {
    super('refused', 'store-too-new', { file: dbPath, found, supported });
  }
}
