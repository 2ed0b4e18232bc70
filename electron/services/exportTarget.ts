// Where an export may be written: never into Samspil's data folder or backup folder, never onto
// a SQLite database or -wal file (wherever it is), never onto something that is not a regular
// file (userFiles.ts), and onto an existing file only when the user confirmed replacing it.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import { writableFileTarget } from './userFiles';

export interface StorePlaces {
  dataDir: string;
  backupDir: string;
}

export interface TargetOptions {
  /** The user confirmed replacing an existing target (`--force`, the save dialog's question). */
  overwrite?: boolean;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const WAL_MAGICS = [0x377f0682, 0x377f0683];

/** The path with symlinks resolved as far as it exists (the rest is appended as written). */
function realish(target: string): string {
  const missing: string[] = [];
  let existing = path.resolve(target);
  for (;;) {
    try {
      return path.join(fs.realpathSync(existing), ...missing.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return path.resolve(target);
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function head(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, 16, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** True for a SQLite database or a -wal file, judged by the first bytes. */
function isSqliteFile(file: string): boolean {
  const bytes = head(file);
  if (bytes.length >= 16 && bytes.equals(SQLITE_HEADER)) return true;
  return bytes.length >= 4 && WAL_MAGICS.includes(bytes.readUInt32BE(0));
}

/** `x.db-wal`, `x.db-shm` or `x.db-journal` beside an existing `x.db`: SQLite's working files. */
function isSqliteCompanion(file: string): boolean {
  const m = /^(.*)-(wal|shm|journal)$/.exec(file);
  return m !== null && fs.existsSync(m[1] as string);
}

function refuseStorePlaces(real: string, shown: string, places: StorePlaces): void {
  for (const [dir, code] of [
    [places.backupDir, 'export-in-backup-dir'],
    [places.dataDir, 'export-in-data-dir'],
  ] as const) {
    if (isInside(real, realish(dir))) throw new ApiError('refused', code, { dir, file: shown });
  }
}

/**
 * Checks a file target; returns its absolute path. An existing target must be a regular file
 * that is not a database, and `overwrite` must say the user wants it replaced.
 */
export function checkExportFile(
  file: string,
  places: StorePlaces,
  options: TargetOptions = {},
): string {
  const asked = path.resolve(file);
  refuseStorePlaces(realish(asked), asked, places);
  // A device, FIFO, folder or dangling link is refused; a symlink leads to the file it names.
  const target = writableFileTarget(asked, 'export-not-written');
  if (!fs.existsSync(target)) return target;
  if (isSqliteFile(target) || isSqliteCompanion(target)) {
    throw new ApiError('refused', 'export-onto-database', { file: target });
  }
  if (!options.overwrite) {
    throw new ApiError('conflict', 'export-file-exists', { file: target });
  }
  return target;
}

/** Checks a folder target (Markdown export); returns its absolute path. */
export function checkExportFolder(folder: string, places: StorePlaces): string {
  const target = path.resolve(folder);
  refuseStorePlaces(realish(target), target, places);
  return target;
}
