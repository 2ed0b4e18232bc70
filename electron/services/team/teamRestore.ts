// A restored backup while joined. The store's restore replaces the notes and handouts but not the
// team tables, which still describe what this device last wrote: read as edits, the restored
// notes would overwrite colleagues' newer versions, and shared notes missing from the backup
// would go out as deletes. So the restore marks the team library (in the restore's own
// transaction) and the next sync rebases before it writes anything:
// - a shared item whose restored version equals the folder's state: nothing to write;
// - one that differs only by this device's own later edits (the restored version is one the item
//   had, and every change since is this device's): an ordinary edit, going back;
// - any other that differs: written again without parents, as a fresh join does, so that against
//   the folder's newer version it becomes a visible conflict, never an overwrite (mergeItem.ts:
//   heads without a common ancestor do not merge);
// - one the restore took away (created or received after the backup): taken in again from the
//   folder, never sent as a delete;
// - one shared here that never reached the folder and is gone: forgotten.
import type Database from 'better-sqlite3';
import type { BackupService } from '../store/backupService';
import { canonicalJson } from './canonicalJson';
import { parseHlc } from './hlc';
import { mergeItem, type MergeChange } from './mergeItem';
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

function ancestorsAndSelf(start: MergeChange, byStamp: Map<string, MergeChange>): Set<string> {
  const seen = new Set<string>();
  const stack = [start.hlc];
  while (stack.length > 0) {
    const stamp = stack.pop() as string;
    if (seen.has(stamp)) continue;
    seen.add(stamp);
    stack.push(...(byStamp.get(stamp)?.parents ?? []));
  }
  return seen;
}

/**
 * True when the restored version is one the item had, and every change not behind it is this
 * device's own: going back to it drops no colleague's edit, not even one merged into a later one.
 */
function undoesOwnEditsOnly(changes: MergeChange[], restored: string, device: string): boolean {
  const byStamp = new Map(changes.map((c) => [c.hlc, c]));
  return changes.some((start) => {
    if (start.item === null || canonicalJson(start.item) !== restored) return false;
    const behind = ancestorsAndSelf(start, byStamp);
    return changes.every((c) => behind.has(c.hlc) || parseHlc(c.hlc)?.device === device);
  });
}

function rebaseRow(
  db: Database.Database,
  row: TeamItemRow,
  snapshots: Snapshots,
  device: string,
): void {
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
  } else if (localText !== null && undoesOwnEditsOnly(changes, localText, device)) {
    // Written as an ordinary edit of the folder's state: it differs from `data`, so it goes out.
    putItem(db, { ...row, heads: merged.heads, data: mergedText });
  } else {
    putItem(db, { ...row, heads: [], data: null });
  }
  if (row.shared) markPending(db, row.kind, row.id);
}

/**
 * Rebases every item when a restore happened since the last sync; call after taking in the
 * folder's changes and before writing local ones. True when it did.
 */
export function rebaseAfterRestore(
  db: Database.Database,
  snapshots: Snapshots,
  device: string,
): boolean {
  if (getSetting(db, RESTORED) === undefined) return false;
  db.transaction(() => {
    for (const row of listItems(db)) rebaseRow(db, row, snapshots, device);
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
