// Rolling backups: a consistent snapshot of the live database written to a temp file, checked
// with integrity_check, then renamed into place; the newest seven are kept.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/notes/types';
import { ApiError } from '../../../shared/api';
import { commitTempFile, removeStaleTempFiles, tempPathFor } from '../atomicFile';

export const BACKUPS_KEPT = 7;
export type BackupReason = BackupInfo['reason'];
const REASONS: readonly BackupReason[] = [
  'daily',
  'migration',
  'import',
  'bulk-delete',
  'manual',
  'restore',
];
const NAME = /^samspil-(\d{8}T\d{9}Z)-([a-z-]+)(?:-(\d+))?\.db$/;

/** A time for file names: 20260101T120000000Z (the backups' and the moved-aside files' names). */
export function fileStamp(date: Date): string {
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

/**
 * Writes a snapshot of `db` into `dir`. better-sqlite3 offers SQLite's online backup API only
 * as an async call, and this store's contract is synchronous (a migration's backup must exist
 * before the migration starts), so the snapshot uses `VACUUM INTO`: one read transaction, so it
 * is consistent; it is then fsynced, checked and renamed, so a half-written backup never has a
 * backup's name.
 */
export function createBackup(
  db: Database.Database,
  dir: string,
  reason: BackupReason,
  now: Date = new Date(),
): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  removeStaleTempFiles(dir);
  let name = `samspil-${fileStamp(now)}-${reason}.db`;
  for (let n = 2; fs.existsSync(path.join(dir, name)); n++) {
    name = `samspil-${fileStamp(now)}-${reason}-${n}.db`;
  }
  const target = path.join(dir, name);
  const temp = tempPathFor(target);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const verdict = checkFile(temp);
    if (verdict !== 'ok') {
      throw new ApiError('internal', 'backup-unverified', { detail: verdict });
    }
    commitTempFile(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-journal`, { force: true });
    throw error;
  }
  pruneBackups(dir);
  return infoOf(dir, name) as BackupInfo;
}

function infoOf(dir: string, name: string): BackupInfo | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const reason = REASONS.find((r) => r === m[2]);
  if (!reason) return undefined;
  const file = path.join(dir, name);
  const bytes = fs.statSync(file).size;
  return { name, path: file, createdAt: parseStamp(m[1] as string), bytes, reason };
}

/** Backups in `dir`, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => infoOf(dir, name))
    .filter((info): info is BackupInfo => info !== undefined)
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

export function pruneBackups(dir: string, keep: number = BACKUPS_KEPT): void {
  for (const old of listBackups(dir).slice(keep)) fs.rmSync(old.path, { force: true });
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
export function moveBackups(from: string, to: string): void {
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
  pruneBackups(to);
}
