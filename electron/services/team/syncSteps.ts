// The three steps of a sync: take in what the folder holds, write what changed here, and apply
// the merged state of every item that changed. Each step commits what it has done, and the
// `pending` mark on an item is cleared only in the transaction that applies it, so a crash at
// any point is taken up where it stopped by the next sync.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { writeFileAtomic } from '../atomicFile';
import { canonicalJson } from './canonicalJson';
import { changeFileName, encodeChange, type Change, type ItemKind } from './changeFile';
import type { ItemAdapter } from './itemAdapters';
import { mergeItem, type ItemData } from './mergeItem';
import { reserveStamp } from './teamClock';
import { putSeenFile } from './teamFiles';
import {
  changesOfItem,
  clearPending,
  getItem,
  insertChange,
  listItems,
  markPending,
  pendingItems,
  putItem,
  type TeamItemRow,
} from './teamQueries';

export interface SyncContext {
  db: Database.Database;
  folder: string;
  device: string;
  author: string;
  adapters: Record<ItemKind, ItemAdapter>;
  nowMs: () => number;
  /** A shared note was created here for the first time: handouts citing its shared id follow. */
  relinkNote?: (sharedId: string, localId: string) => void;
}

export type Snapshots = Record<ItemKind, Map<string, ItemData>>;

/** Records changes read from the folder; returns how many were new. */
export function takeIn(db: Database.Database, changes: Change[], device: string): number {
  let fresh = 0;
  db.transaction(() => {
    for (const change of [...changes].sort((a, b) => (a.hlc < b.hlc ? -1 : 1))) {
      const itemText = change.item === null ? null : canonicalJson(change.item);
      if (!insertChange(db, change, itemText)) continue;
      if (change.device === device) completeInterruptedWrite(db, change, itemText);
      markPending(db, change.kind, change.id);
      fresh++;
    }
  }).immediate();
  return fresh;
}

/**
 * A change of this device's own that it did not know: a write killed after its file was in the
 * folder and before it was recorded (writeChange records its change in the same transaction as
 * the row). The local item already held that content, so the row is brought to where the write
 * would have left it; otherwise the next local change would not name it as a parent, and a local
 * delete of a note never recorded as written would not be written at all, so the interrupted
 * write would bring the note back without the edits made since.
 */
function completeInterruptedWrite(
  db: Database.Database,
  change: Change,
  itemText: string | null,
): void {
  const row = getItem(db, change.kind, change.id);
  if (!row || row.hlc >= change.hlc) return;
  putItem(db, {
    ...row,
    heads: [change.hlc],
    data: itemText,
    author: change.author,
    hlc: change.hlc,
  });
}

/**
 * The heads a local change replaces. While an item is in conflict the user sees one version (the
 * first); an ordinary edit of it replaces that version only, so the others stay in conflict until
 * the user resolves it (`resolve` clears the conflict first, and then replaces every head).
 */
function parentsOf(row: TeamItemRow): string[] {
  if (row.conflict === null) return row.heads;
  const others = new Set(row.conflict.slice(1).map((v) => v.hlc));
  return row.heads.filter((h) => !others.has(h));
}

/** Writes one change file atomically and records it as written and known. */
export function writeChange(ctx: SyncContext, row: TeamItemRow, item: ItemData | null): Change {
  const { db, device } = ctx;
  let stamp = reserveStamp(db, device, ctx.nowMs());
  // After a restored backup the sequence may be behind the folder: never reuse a name.
  while (fs.existsSync(path.join(ctx.folder, changeFileName(device, stamp.seq)))) {
    stamp = reserveStamp(db, device, ctx.nowMs());
  }
  const change: Change = {
    kind: row.kind,
    id: row.id,
    device,
    seq: stamp.seq,
    hlc: stamp.hlc,
    author: ctx.author,
    parents: parentsOf(row),
    item,
  };
  const name = changeFileName(device, change.seq);
  const file = path.join(ctx.folder, name);
  writeFileAtomic(file, encodeChange(change));
  const itemText = item === null ? null : canonicalJson(item);
  const stat = fs.statSync(file);
  db.transaction(() => {
    insertChange(db, change, itemText);
    putSeenFile(db, {
      name,
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      state: 'ok',
      hlc: change.hlc,
      reason: null,
      firstFailedAt: null,
    });
    putItem(db, {
      ...row,
      heads: [change.hlc],
      data: itemText,
      author: ctx.author,
      hlc: change.hlc,
    });
    markPending(db, row.kind, row.id);
  }).immediate();
  return change;
}

/** Writes a change for every shared item that differs from what this device last wrote or applied. */
export function writeLocalChanges(ctx: SyncContext, snapshots: Snapshots): number {
  let written = 0;
  for (const row of listItems(ctx.db)) {
    if (!row.shared || row.localId === null) continue;
    const current = snapshots[row.kind].get(row.localId) ?? null;
    const currentText = current === null ? null : canonicalJson(current);
    if (currentText === row.data) continue;
    writeChange(ctx, row, current);
    written++;
  }
  return written;
}

interface Plan {
  row: TeamItemRow;
  merged: ReturnType<typeof mergeItem>;
  mergedText: string | null;
  current: ItemData | null;
}

function planOf(ctx: SyncContext, row: TeamItemRow, snapshots: Snapshots): Plan {
  const merged = mergeItem(changesOfItem(ctx.db, row.kind, row.id));
  const current = row.localId === null ? null : (snapshots[row.kind].get(row.localId) ?? null);
  return {
    row,
    merged,
    mergedText: merged.item === null ? null : canonicalJson(merged.item),
    current,
  };
}

function applyOne(ctx: SyncContext, plan: Plan): void {
  const { row, merged, mergedText, current } = plan;
  const adapter = ctx.adapters[row.kind];
  let localId = row.localId;
  const currentText = current === null ? null : canonicalJson(current);
  if (merged.item !== null && mergedText !== currentText) {
    if (current !== null && localId !== null) adapter.update(localId, merged.item);
    else if (localId !== null && adapter.restore(localId)) adapter.update(localId, merged.item);
    else {
      localId = adapter.create(merged.item);
      // In the same transaction as the creation, so a crash cannot leave the handout behind.
      if (row.kind === 'note') ctx.relinkNote?.(row.id, localId);
    }
  }
  const { heads, author, hlc, conflict } = merged;
  putItem(ctx.db, {
    ...row,
    localId,
    heads,
    data: mergedText,
    author,
    hlc,
    conflict,
    applyError: null,
  });
  clearPending(ctx.db, row.kind, row.id);
}

/** Applies the merged state of every pending item; returns how many local items changed. */
export function applyPending(
  ctx: SyncContext,
  snapshots: Snapshots,
): { applied: number; failed: number } {
  const { db } = ctx;
  // Items made private are not touched: their local edits are kept, and merge on sharing again.
  const plans = pendingItems(db)
    .filter((row) => row.shared)
    .map((row) => planOf(ctx, row, snapshots));
  // Deletes first and outside the transaction (a bulk delete takes a backup, which cannot run
  // inside one). A crash after them leaves a local delete the next sync writes as a tombstone,
  // which merges with the colleague's delete into the same state.
  const removals = plans.filter(
    (p) => p.merged.item === null && p.current !== null && p.row.localId,
  );
  for (const kind of ['note', 'handout'] as const) {
    const ids = removals.filter((p) => p.row.kind === kind).map((p) => p.row.localId as string);
    if (ids.length > 0) ctx.adapters[kind].removeMany(ids);
  }
  let applied = 0;
  let failed = 0;
  db.transaction(() => {
    for (const plan of plans) {
      const changesLocal =
        plan.mergedText !== (plan.current === null ? null : canonicalJson(plan.current));
      try {
        db.transaction(() => applyOne(ctx, plan))();
        if (changesLocal) applied++;
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        putItem(db, { ...plan.row, applyError: message });
        clearPending(db, plan.row.kind, plan.row.id);
      }
    }
  }).immediate();
  return { applied, failed };
}
