// Which backups to keep: the newest seven, plus the newest of each of the last 7 days, of each of
// the last 4 weeks and of each of the last 6 months, plus every backup the store protects (the
// newest before a recovery). Everything else is pruned.
import type { BackupInfo } from '../../../shared/notes/types';

export const RETENTION = { newest: 7, days: 7, weeks: 4, months: 6 } as const;

const DAY_MS = 86_400_000;

/** The newest backup in each bucket within `span` (a bucket key of null means outside it). */
function newestPerBucket(
  newestFirst: BackupInfo[],
  key: (b: BackupInfo) => string | null,
): BackupInfo[] {
  const seen = new Set<string>();
  const kept: BackupInfo[] = [];
  for (const backup of newestFirst) {
    const k = key(backup);
    if (k === null || seen.has(k)) continue;
    seen.add(k);
    kept.push(backup);
  }
  return kept;
}

function monthsBetween(a: Date, b: Date): number {
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

/** `backups` newest first (as listBackups gives them); returns those to delete. */
export function backupsToPrune(
  backups: BackupInfo[],
  now: Date,
  protect: ReadonlySet<string> = new Set(),
): BackupInfo[] {
  const ageDays = (b: BackupInfo): number => (now.getTime() - Date.parse(b.createdAt)) / DAY_MS;
  const keep = new Set<string>(backups.slice(0, RETENTION.newest).map((b) => b.name));
  const buckets = [
    newestPerBucket(backups, (b) =>
      ageDays(b) < RETENTION.days ? b.createdAt.slice(0, 10) : null,
    ),
    newestPerBucket(backups, (b) =>
      ageDays(b) < RETENTION.weeks * 7 ? String(Math.floor(ageDays(b) / 7)) : null,
    ),
    newestPerBucket(backups, (b) =>
      monthsBetween(new Date(b.createdAt), now) < RETENTION.months ? b.createdAt.slice(0, 7) : null,
    ),
  ];
  for (const bucket of buckets) for (const b of bucket) keep.add(b.name);
  return backups.filter((b) => !keep.has(b.name) && !protect.has(b.name));
}
