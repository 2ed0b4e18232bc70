// A restored backup while joined. The store's restore replaces the notes and handouts but not the
// team tables, which still describe what this device last wrote: read as edits, the restored
// notes would overwrite colleagues' newer versions, and shared notes missing from the backup
// would go out as deletes. So the restore marks the team library (in the restore's own
// transaction) and the next sync rebases before it writes anything:
// - a shared item whose restored version equals the folder's state: nothing to write;
// - one that differs: written again without parents, as a fresh join does, so that against the
//   folder's newer version it becomes a visible conflict, never an overwrite (mergeItem.ts: heads
//   without a common ancestor do not merge);
// - one the restore took away (created or received after the backup): taken in again from the
//   folder, never sent as a delete;
// - one shared here that never reached the folder and is gone: forgotten.
import type Database from 'better-sqlite3';
import type { BackupService } from '../store/backupService';
import { canonicalJson } from './canonicalJson';
import { mergeItem } from './mergeItem';
import type { Snapshots } from './syncSteps';
import {
  changesOfItem,
  deleteItem,
  deleteSetting,
  getSetting,
  listItems,
  markPending,
  putItem,
  setSetting,
  type TeamItemRow,
} from './teamQueries';

/** The team setting that says a restore happened since the last sync (its time, ISO). */
const RESTORED = 'restoredAt';

function hasTeamTables(db: Database.Database): boolean {
  return (
    db
      .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'team_settings'`)
      .get() !== undefined
  );
}

/** Runs inside the restore's transaction: the next sync will rebase. */
export function markRestored(db: Database.Database, now = new Date()): void {
  if (hasTeamTables(db)) setSetting(db, RESTORED, now.toISOString());
}

function rebaseRow(db: Database.Database, row: TeamItemRow, snapshots: Snapshots): void {
  const local = row.localId === null ? undefined : snapshots[row.kind].get(row.localId);
  const changes = changesOfItem(db, row.kind, row.id);
  if (changes.length === 0) {
    if (local === undefined && row.localId !== null) deleteItem(db, row.kind, row.id);
    return;
  }
  const merged = mergeItem(changes);
  const mergedText = merged.item === null ? null : canonicalJson(merged.item);
  const localText = local === undefined ? null : canonicalJson(local);
  if (local === undefined || localText === mergedText) {
    // Nothing of this device's to send: `data` null is never sent as a delete, and the apply
    // below brings the folder's state back (or leaves a deleted item deleted).
    putItem(db, { ...row, heads: merged.heads, data: localText });
  } else {
    putItem(db, { ...row, heads: [], data: null });
  }
  if (row.shared) markPending(db, row.kind, row.id);
}

/**
 * Rebases every item when a restore happened since the last sync; call after taking in the
 * folder's changes and before writing local ones. True when it did.
 */
export function rebaseAfterRestore(db: Database.Database, snapshots: Snapshots): boolean {
  if (getSetting(db, RESTORED) === undefined) return false;
  db.transaction(() => {
    for (const row of listItems(db)) rebaseRow(db, row, snapshots);
    deleteSetting(db, RESTORED);
  }).immediate();
  return true;
}

/**
 * Connects the store's restore to the team library: marked in the restore's transaction, then
 * synced at once where the folder can be reached (else at the next sync, whenever that is).
 */
export function connectTeamToRestore(backups: BackupService, sync: () => void): void {
  backups.onRestore({
    inTransaction: (db) => markRestored(db),
    afterCommit() {
      try {
        sync();
      } catch {
        // The restore itself succeeded; the mark stays and the next sync rebases.
      }
    },
  });
}
