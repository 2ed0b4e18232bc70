// Queries over `team_files`: what this device found under each file name in the shared folder,
// so that a sync reads only names it has not seen (or whose size or time changed).
import type Database from 'better-sqlite3';

export type FileState = 'ok' | 'incomplete' | 'newer' | 'foreign';

export interface SeenFile {
  name: string;
  size: number;
  mtimeMs: number;
  state: FileState;
  hlc: string | null;
  reason: string | null;
  /** When the file was first found unreadable (kept across retries). */
  firstFailedAt: string | null;
}

interface RawFile {
  name: string;
  size: number;
  mtime_ms: number;
  state: FileState;
  hlc: string | null;
  reason: string | null;
  first_failed_at: string | null;
}

/** Every file seen, or only those in the given states (the status needs only the troubled ones). */
export function seenFiles(db: Database.Database, states?: FileState[]): Map<string, SeenFile> {
  const rows = (
    states
      ? db
          .prepare('SELECT * FROM team_files WHERE state IN (SELECT value FROM json_each(:states))')
          .all({ states: JSON.stringify(states) })
      : db.prepare('SELECT * FROM team_files').all()
  ) as RawFile[];
  return new Map(
    rows.map((r) => [
      r.name,
      {
        name: r.name,
        size: r.size,
        mtimeMs: r.mtime_ms,
        state: r.state,
        hlc: r.hlc,
        reason: r.reason,
        firstFailedAt: r.first_failed_at,
      },
    ]),
  );
}

/** Names read completely once: they hold the same change for good (files are written once). */
export function settledNames(db: Database.Database): Set<string> {
  const rows = db
    .prepare("SELECT name FROM team_files WHERE state <> 'incomplete'")
    .pluck()
    .all() as string[];
  return new Set(rows);
}

export function putSeenFile(db: Database.Database, file: SeenFile): void {
  db.prepare(
    `INSERT INTO team_files (name, size, mtime_ms, state, hlc, reason, first_failed_at)
     VALUES (:name, :size, :mtimeMs, :state, :hlc, :reason, :firstFailedAt)
     ON CONFLICT (name) DO UPDATE SET size = :size, mtime_ms = :mtimeMs, state = :state,
       hlc = :hlc, reason = :reason, first_failed_at = :firstFailedAt`,
  ).run({ ...file, mtimeMs: Math.floor(file.mtimeMs) });
}

export function forgetSeenFile(db: Database.Database, name: string): void {
  db.prepare('DELETE FROM team_files WHERE name = :name').run({ name });
}

export function forgetAllSeenFiles(db: Database.Database): void {
  db.prepare('DELETE FROM team_files').run();
}
