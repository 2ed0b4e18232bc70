// Reads the shared folder: lists it, reads only the files it has not seen, and remembers what it
// found under each name. What sync tools do to a folder is expected here, not an error:
// - a partly written, locked or damaged file is "incomplete" and read again next time;
// - a duplicate ("x (1).jsonl", "x-conflict-PC.jsonl") or a renamed file is read once more and
//   found to hold a change already known (the change's stamp is its identity, not the name);
// - an old copy put back holds a change already known as well;
// - a file of a newer format is kept, untouched and unread;
// - a folder that cannot be listed (a disconnected drive) is "unavailable", and nothing changes.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { CHANGE_EXTENSION, decodeChange, type Change } from './changeFile';
import { forgetSeenFile, putSeenFile, seenFiles, settledNames, type SeenFile } from './teamFiles';

export interface ScanResult {
  available: boolean;
  /** Changes read from new or changed files (known ones included; the caller dedupes). */
  read: Change[];
}

function isCandidate(entry: fs.Dirent): boolean {
  return entry.isFile() && !entry.name.startsWith('.') && entry.name.endsWith(CHANGE_EXTENSION);
}

function listFolder(folder: string): string[] | undefined {
  try {
    return fs
      .readdirSync(folder, { withFileTypes: true })
      .filter(isCandidate)
      .map((e) => e.name);
  } catch {
    return undefined;
  }
}

/** Reads one file; any error of the file system counts as a file not yet readable. */
function readOne(
  file: string,
  seen: SeenFile | undefined,
  nowIso: string,
): { seen: SeenFile; change?: Change } | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined; // gone between listing and reading: a rename in progress
  }
  const name = path.basename(file);
  if (seen && seen.size === stat.size && seen.mtimeMs === Math.floor(stat.mtimeMs))
    return undefined;
  const base = {
    name,
    size: stat.size,
    mtimeMs: Math.floor(stat.mtimeMs),
    hlc: null,
    reason: null,
    firstFailedAt: null,
  };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'læsefejl';
    return {
      seen: { ...base, state: 'incomplete', reason, firstFailedAt: seen?.firstFailedAt ?? nowIso },
    };
  }
  const result = decodeChange(text);
  switch (result.state) {
    case 'ok':
      return { seen: { ...base, state: 'ok', hlc: result.change.hlc }, change: result.change };
    case 'incomplete':
      return {
        seen: {
          ...base,
          state: 'incomplete',
          reason: result.reason,
          firstFailedAt: seen?.firstFailedAt ?? nowIso,
        },
      };
    case 'newer':
      return { seen: { ...base, state: 'newer', reason: `version ${result.version}` } };
    case 'foreign':
      return { seen: { ...base, state: 'foreign' } };
  }
}

/** Scans `folder`, recording every file's state in `team_files` in one transaction. */
export function scanFolder(db: Database.Database, folder: string, nowIso: string): ScanResult {
  const names = listFolder(folder);
  if (!names) return { available: false, read: [] };
  const settled = settledNames(db);
  const retry = seenFiles(db, ['incomplete']);
  const read: Change[] = [];
  const found: SeenFile[] = [];
  for (const name of names) {
    // A name once read completely holds that change for good: files are written once.
    if (settled.has(name)) continue;
    const outcome = readOne(path.join(folder, name), retry.get(name), nowIso);
    if (!outcome) continue;
    found.push(outcome.seen);
    if (outcome.change) read.push(outcome.change);
  }
  const present = new Set(names);
  const gone = [...settled, ...retry.keys()].filter((name) => !present.has(name));
  if (found.length + gone.length === 0) return { available: true, read };
  db.transaction(() => {
    for (const file of found) putSeenFile(db, file);
    for (const name of gone) forgetSeenFile(db, name);
  }).immediate();
  return { available: true, read };
}

/** Removes this device's own temp files that a crash left behind (never another device's). */
export function removeOwnStaleTemps(
  folder: string,
  device: string,
  olderThanMs: number,
  nowMs: number,
): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(`.${device}-`) || !name.endsWith('.tmp')) continue;
    const file = path.join(folder, name);
    try {
      if (nowMs - fs.statSync(file).mtimeMs > olderThanMs) fs.rmSync(file, { force: true });
    } catch {
      // Another process got there first, or the folder went away: nothing to clean.
    }
  }
}
