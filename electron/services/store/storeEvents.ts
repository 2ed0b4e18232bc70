// What happened to the store itself — a damaged file moved aside, an empty file, a -wal that did
// not belong — recorded in the store (table store_events, migration v5), so every later process,
// the app and the CLI, reports it until the user has said they saw it.
import type Database from 'better-sqlite3';
import type { StoreStatus } from '../../../shared/notes/types';
import { prepared } from './prepared';

export type StoreEventKind = 'damaged' | 'empty' | 'wal';

export interface StoreEvent {
  kind: StoreEventKind;
  foundAt: string;
  movedTo: string;
  reason: string;
  latestBackup: string | null;
}

interface EventRow {
  id: number;
  kind: StoreEventKind;
  found_at: string;
  moved_to: string;
  reason: string;
  latest_backup: string | null;
}

type Recovered = NonNullable<StoreStatus['recovered']>;

function rowToRecovered(row: EventRow, foundHere: boolean): Recovered {
  return {
    id: row.id,
    kind: row.kind,
    foundAt: row.found_at,
    movedTo: row.moved_to,
    reason: row.reason,
    latestBackup: row.latest_backup,
    foundAtThisOpen: foundHere,
  };
}

export function recordEvent(db: Database.Database, event: StoreEvent): number {
  return Number(
    prepared(
      db,
      `INSERT INTO store_events (kind, found_at, moved_to, reason, latest_backup)
       VALUES (:kind, :foundAt, :movedTo, :reason, :latestBackup)`,
    ).run(event).lastInsertRowid,
  );
}

/** The events not yet seen, newest first; `here` marks those this process found. */
export function unseenEvents(db: Database.Database, here: ReadonlySet<number>): Recovered[] {
  const rows = prepared(
    db,
    'SELECT * FROM store_events WHERE seen_at IS NULL ORDER BY id DESC',
  ).all() as EventRow[];
  return rows.map((row) => rowToRecovered(row, here.has(row.id)));
}

export function markEventsSeen(db: Database.Database, at: string): number {
  return prepared(db, 'UPDATE store_events SET seen_at = :at WHERE seen_at IS NULL').run({ at })
    .changes;
}

/** Backups named as "the newest before a recovery": never pruned, seen or not. */
export function backupsBeforeRecoveries(db: Database.Database): Set<string> {
  const rows = prepared(
    db,
    'SELECT DISTINCT latest_backup AS name FROM store_events WHERE latest_backup IS NOT NULL',
  ).all() as { name: string }[];
  return new Set(rows.map((r) => r.name));
}
