// Rolling backups: a consistent snapshot of the live database written to a temp file, checked
// with integrity_check, then given its name (never over another file); kept by count and by age
// (retention.ts), and skipped when nothing changed since the newest one.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/notes/types';
import { ApiError } from '../../../shared/api';
import {
  commitTempFile,
  commitTempFileNew,
  removeStaleTempFiles,
  tempPathFor,
} from '../atomicFile';
import { backupsToPrune } from './retention';
import { generationOfFile, readGeneration, sameGeneration } from './storeMeta';

export type BackupReason = BackupInfo['reason'];
const REASONS: readonly BackupReason[] = [
  'daily',
  'migration',
  'import',
  'bulk-delete',
  'partnership-delete',
  'manual',
  'restore',
];
const NAME = /^samspil-(\d{8}T\d{9}Z)-([a-z-]+)(?:-(\d+))?\.db$/;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : s;
}

/** Runs integrity_check on a database file; returns 'ok' or what SQLite found. */
export function checkFile(file: string): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const result = rows.map((r) => r.integrity_check).join('; ');
    return result || 'tom rapport';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

export interface BackupOptions {
  /** Backups never pruned (the newest before each recovery). */
  protect?: ReadonlySet<string>;
}

/**
 * Writes a snapshot of `db` into `dir`. better-sqlite3 offers SQLite's online backup API only
 * as an async call, and this store's contract is synchronous (a migration's backup must exist
 * before the migration starts), so the snapshot uses `VACUUM INTO`: one read transaction, so it
 * is consistent; it is then fsynced, checked and linked to a free name (two processes backing up
 * in the same millisecond each get their own), so a half-written backup never has a backup's name.
 */
export function createBackup(
  db: Database.Database,
  dir: string,
  reason: BackupReason,
  now: Date = new Date(),
  options: BackupOptions = {},
): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  removeStaleTempFiles(dir);
  const temp = tempPathFor(path.join(dir, `samspil-${stamp(now)}-${reason}.db`));
  let name: string;
  let bytes: number;
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const verdict = checkFile(temp);
    if (verdict !== 'ok') {
      throw new ApiError('internal', 'backup-unverified', { detail: verdict });
    }
    bytes = fs.statSync(temp).size;
    name = commitUnderFreeName(temp, dir, `samspil-${stamp(now)}-${reason}`);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-journal`, { force: true });
    throw error;
  }
  // Known without reading the folder again: another process's retention may remove this one a
  // moment later, when seven newer backups exist (only when many are made in the same second).
  const info: BackupInfo = {
    name,
    path: path.join(dir, name),
    createdAt: parseStamp(stamp(now)),
    bytes,
    reason,
  };
  pruneBackups(dir, now, new Set([...(options.protect ?? []), name]));
  return info;
}

function commitUnderFreeName(temp: string, dir: string, base: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.db` : `${base}-${n}.db`;
    if (fs.existsSync(path.join(dir, name))) continue;
    if (commitTempFileNew(temp, path.join(dir, name))) return name;
  }
}

/**
 * A backup unless the newest one already holds exactly this state (same store, same change
 * count): then that one is returned and nothing is written, so repeated no-op imports or daily
 * opens never push older restore points out.
 */
export function backupIfChanged(
  db: Database.Database,
  dir: string,
  reason: BackupReason,
  now: Date,
  options: BackupOptions = {},
): { info: BackupInfo; taken: boolean } {
  const newest = listBackups(dir)[0];
  const current = readGeneration(db);
  if (newest && sameGeneration(current, generationOfFile(newest.path))) {
    return { info: newest, taken: false };
  }
  return { info: createBackup(db, dir, reason, now, options), taken: true };
}

function infoOf(dir: string, name: string): BackupInfo | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const reason = REASONS.find((r) => r === m[2]);
  if (!reason) return undefined;
  const file = path.join(dir, name);
  let bytes: number;
  try {
    bytes = fs.statSync(file).size;
  } catch {
    // Pruned by another process between the listing and here.
    return undefined;
  }
  return { name, path: file, createdAt: parseStamp(m[1] as string), bytes, reason };
}

/** Backups in `dir`, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => infoOf(dir, name))
    .filter((info): info is BackupInfo => info !== undefined)
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Removes the backups the retention rule no longer keeps; never a protected one. */
export function pruneBackups(
  dir: string,
  now: Date = new Date(),
  protect: ReadonlySet<string> = new Set(),
): void {
  for (const old of backupsToPrune(listBackups(dir), now, protect)) {
    fs.rmSync(old.path, { force: true });
  }
}

/** How many backups there are and the space they take. */
export function backupSpace(dir: string): { count: number; bytes: number } {
  const list = listBackups(dir);
  return { count: list.length, bytes: list.reduce((sum, b) => sum + b.bytes, 0) };
}

/** The path of a named backup in `dir`; refuses names that are not one of ours. */
export function backupPath(dir: string, name: string): string {
  const info = NAME.test(name) ? listBackups(dir).find((b) => b.name === name) : undefined;
  if (!info) throw new ApiError('not-found', 'backup-not-found', { name });
  return info.path;
}

/** True when a backup was taken on the same UTC day as `now`. */
export function hasBackupOn(dir: string, now: Date): boolean {
  const day = now.toISOString().slice(0, 10);
  return listBackups(dir).some((b) => b.createdAt.slice(0, 10) === day);
}

/**
 * Moves every backup to `to` (copy, fsync, then remove the original), so a new backup folder on
 * a network drive or a synced folder is complete before the old one is emptied.
 */
export function moveBackups(
  from: string,
  to: string,
  protect: ReadonlySet<string> = new Set(),
): void {
  if (path.resolve(from) === path.resolve(to)) return;
  fs.mkdirSync(to, { recursive: true });
  const moved = listBackups(from);
  for (const backup of moved) {
    const target = path.join(to, backup.name);
    const temp = tempPathFor(target);
    fs.copyFileSync(backup.path, temp);
    commitTempFile(temp, target);
  }
  for (const backup of moved) fs.rmSync(backup.path, { force: true });
  pruneBackups(to, new Date(), protect);
}
