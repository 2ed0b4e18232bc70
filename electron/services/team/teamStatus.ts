// The team library's status: what the header shows and `samspil team status` prints.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { TeamStatus } from '../../../shared/team/types';
import { canonicalJson } from './canonicalJson';
import type { Snapshots } from './syncSteps';
import { seenFiles } from './teamFiles';
import { getSetting, listItems } from './teamQueries';

/** A file unreadable for longer than this is reported; before that it is a sync in progress. */
export const UNREADABLE_AFTER_MS = 10 * 60_000;

function isFolder(folder: string | undefined): boolean {
  if (folder === undefined) return false;
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

export function teamStatus(
  db: Database.Database,
  snapshots: Snapshots,
  changesDir: string | undefined,
  now: Date,
): TeamStatus {
  const folder = getSetting(db, 'folder') ?? null;
  const items = listItems(db);
  let waiting = 0;
  for (const row of items) {
    if (!row.shared || row.localId === null) continue;
    const current = snapshots[row.kind].get(row.localId);
    const text = current === undefined ? null : canonicalJson(current);
    if (text !== row.data) waiting++;
  }
  const files = [...seenFiles(db, ['incomplete', 'newer']).values()];
  const cutoff = now.getTime() - UNREADABLE_AFTER_MS;
  return {
    joined: folder !== null,
    folder,
    displayName: getSetting(db, 'name') ?? null,
    deviceId: getSetting(db, 'device') ?? null,
    available: isFolder(changesDir),
    lastSyncedAt: getSetting(db, 'lastSyncedAt') ?? null,
    waiting,
    conflicts: items.filter((r) => r.conflict !== null).length,
    sharedNotes: items.filter((r) => r.kind === 'note' && r.shared && r.localId !== null).length,
    sharedHandouts: items.filter((r) => r.kind === 'handout' && r.shared && r.localId !== null)
      .length,
    unreadable: files
      .filter(
        (f) =>
          f.state === 'incomplete' &&
          f.firstFailedAt !== null &&
          Date.parse(f.firstFailedAt) < cutoff,
      )
      .map((f) => ({ name: f.name, reason: f.reason ?? '', since: f.firstFailedAt as string })),
    newerFormat: files.filter((f) => f.state === 'newer').length,
    applyErrors: items
      .filter((r) => r.applyError !== null)
      .map((r) => ({ kind: r.kind, id: r.id, message: r.applyError as string })),
  };
}
