// The team library: a folder colleagues share, into which each device writes one file per change
// of the notes and handouts marked shared, and from which it takes in everyone else's.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import type {
  TeamAuthorship,
  TeamChanges,
  TeamConflict,
  TeamItemKind,
  TeamStatus,
  SyncReport,
} from '../../../shared/team/types';
import type { NoteByline } from '../../../shared/handout/types';
import type { HandoutService, NoteAuthorLookup, NotesStore } from '../serviceTypes';
import { noteBylineOf } from './noteByline';
import type { ItemKind } from './changeFile';
import { parseHlc } from './hlc';
import { handoutsAdapter, notesAdapter, type ItemAdapter } from './itemAdapters';
import type { ItemData } from './mergeItem';
import { removeOwnStaleTemps, scanFolder } from './folderScan';
import {
  applyPending,
  takeIn,
  writeLocalChanges,
  type Snapshots,
  type SyncContext,
} from './syncSteps';
import { deviceId } from './teamClock';
import { rebaseAfterRestore } from './teamRestore';
import { teamStatus } from './teamStatus';
import { migrateTeamTables } from './teamSchema';
import {
  creators,
  deleteSetting,
  getItem,
  getItemByLocal,
  getSetting,
  listItems,
  putItem,
  setSetting,
} from './teamQueries';
import { forgetAllSeenFiles } from './teamFiles';
import { noteAuthorLookup, teamTablesReadable } from './noteAuthors';

/** The folder inside the chosen team folder that holds the change files. */
export const CHANGES_FOLDER = 'samspil-changes';

export interface TeamServiceDeps {
  db: Database.Database;
  notes: NotesStore;
  handouts: HandoutService;
  /** The local data folder: the team folder may not contain it (the live database stays local). */
  dataDir: string;
  /** Why the store cannot be written (read-only folder, full disk), or null. */
  readOnly?: string | null;
  now?: () => Date;
}

export interface TeamService {
  join(folder: string, displayName: string): TeamStatus;
  leave(): TeamStatus;
  status(): TeamStatus;
  sync(): SyncReport;
  setShared(kind: TeamItemKind, localIds: string[], shared: boolean): { changed: number };
  conflicts(): TeamConflict[];
  /** Resolves a conflict with the chosen or combined item; written at this and the next sync. */
  resolve(kind: TeamItemKind, localId: string, item: Record<string, unknown>): SyncReport;
  authorship(kind: TeamItemKind): TeamAuthorship[];
  /** The folder of change files and this device's id while joined (what a watch needs), or null. */
  folderInfo(): { changesDir: string; device: string } | null;
  /** Syncs run by a watch of the folder (teamWatch.ts); none where nothing watches. */
  changes(): TeamChanges;
  /** Who wrote each note, for search; null when not joined. Reads only: never migrates. */
  noteAuthors(): NoteAuthorLookup | null;
  /** Who wrote a shared note, for the handouts that cite it; undefined for a private note. */
  noteByline(localId: string): NoteByline | undefined;
}

const NOT_WATCHED: TeamChanges = { watching: false, generation: 0, appliedAt: 0, status: null };

export function hlcTime(stamp: string): string | null {
  const clock = parseHlc(stamp);
  return clock ? new Date(clock.wall).toISOString() : null;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function checkJoin(folder: string, displayName: string, dataDir: string): string {
  const name = displayName.trim();
  if (name.length === 0 || name.length > 100) {
    throw new ApiError('invalid-input', 'team-name-invalid');
  }
  const target = path.resolve(folder);
  if (!fs.existsSync(target) || !fs.statSync(target).isDirectory()) {
    throw new ApiError('invalid-input', 'team-folder-missing', { folder: target });
  }
  if (isInside(path.resolve(dataDir), target) || isInside(target, path.resolve(dataDir))) {
    throw new ApiError('refused', 'team-folder-holds-data');
  }
  return target;
}

/**
 * The team service, with its tables brought up to date on the first call rather than at open:
 * an open that never touches the team library (`notes list` while another process imports) must
 * not wait for the write lock.
 */
export function createTeamService(deps: TeamServiceDeps): TeamService {
  // Reading who wrote what needs no migration, so a read-only store answers it too.
  const noteAuthors = () => noteAuthorLookup(deps.db);
  // Asked at every handout export and preview: reads only, like noteAuthors.
  const noteByline = (localId: string) =>
    teamTablesReadable(deps.db) ? noteBylineOf(deps.db, localId) : undefined;
  if (deps.readOnly) return { ...readOnlyTeam(deps.readOnly), noteAuthors, noteByline };
  let service: TeamWrites | undefined;
  const ready = () => (service ??= openTeamService(deps));
  return {
    join: (folder, displayName) => ready().join(folder, displayName),
    leave: () => ready().leave(),
    status: () => ready().status(),
    sync: () => ready().sync(),
    setShared: (kind, localIds, shared) => ready().setShared(kind, localIds, shared),
    conflicts: () => ready().conflicts(),
    resolve: (kind, localId, item) => ready().resolve(kind, localId, item),
    authorship: (kind) => ready().authorship(kind),
    folderInfo: () => ready().folderInfo(),
    changes: () => NOT_WATCHED,
    noteAuthors,
    noteByline,
  };
}

/** Everything but the reads that never migrate (noteAuthors, noteByline). */
type TeamWrites = Omit<TeamService, 'noteAuthors' | 'noteByline'>;

function openTeamService(deps: TeamServiceDeps): TeamWrites {
  const { db, notes, handouts } = deps;
  const now = deps.now ?? (() => new Date());
  migrateTeamTables(db);
  const noteIds = {
    toShared: (localId: string) => getItemByLocal(db, 'note', localId)?.id ?? localId,
    toLocal: (sharedId: string) => getItem(db, 'note', sharedId)?.localId ?? sharedId,
  };
  const adapters: Record<ItemKind, ItemAdapter> = {
    note: notesAdapter(notes),
    handout: handoutsAdapter(handouts, noteIds),
  };
  const snapshots = (): Snapshots => ({
    note: adapters.note.snapshot(),
    handout: adapters.handout.snapshot(),
  });
  const status = (local = snapshots()): TeamStatus => teamStatus(db, local, changesDir(), now());
  const changesDir = (): string | undefined => {
    const folder = getSetting(db, 'folder');
    return folder === undefined ? undefined : path.join(folder, CHANGES_FOLDER);
  };

  function sync(): SyncReport {
    const folder = changesDir();
    const empty = { received: 0, written: 0, applied: 0 };
    if (folder === undefined) return { state: 'not-joined', ...empty, status: status() };
    const ctx: SyncContext = {
      db,
      folder,
      device: deviceId(db),
      author: getSetting(db, 'name') ?? '',
      adapters,
      nowMs: () => now().getTime(),
      // A handout taken in before the note it cites holds the note's shared id: point it home.
      relinkNote: (sharedId, localId) => void handouts.replaceNoteRef(sharedId, localId),
    };
    const scan = scanFolder(db, folder, now().toISOString());
    if (!scan.available) return { state: 'unavailable', ...empty, status: status() };
    removeOwnStaleTemps(folder, ctx.device, 10 * 60_000, ctx.nowMs());
    const received = takeIn(db, scan.read, ctx.device);
    const local = snapshots();
    rebaseAfterRestore(db, local, ctx.device);
    let written: number;
    try {
      written = writeLocalChanges(ctx, local);
    } catch {
      // The folder went away while writing: what is not written is still waiting, calmly.
      return { state: 'unavailable', ...empty, received, status: status() };
    }
    markFailedPending(db);
    const { applied } = applyPending(ctx, local);
    setSetting(db, 'lastSyncedAt', now().toISOString());
    // The snapshot still holds when nothing here changed (the usual case): no second read.
    return {
      state: 'synced',
      received,
      written,
      applied,
      status: status(applied > 0 ? undefined : local),
    };
  }

  return {
    join(folder, displayName) {
      const target = checkJoin(folder, displayName, deps.dataDir);
      fs.mkdirSync(path.join(target, CHANGES_FOLDER), { recursive: true });
      db.transaction(() => {
        deviceId(db);
        const previous = getSetting(db, 'folder');
        if (previous !== undefined && previous !== target) forgetTeamState(db);
        setSetting(db, 'folder', target);
        setSetting(db, 'name', displayName.trim());
      }).immediate();
      return status();
    },
    leave() {
      db.transaction(() => {
        forgetTeamState(db);
        deleteSetting(db, 'folder');
        deleteSetting(db, 'name');
        deleteSetting(db, 'lastSyncedAt');
      }).immediate();
      return status();
    },
    status: () => status(),
    sync,
    setShared(kind, localIds, shared) {
      const live = adapters[kind].snapshot();
      const unknown = localIds.filter((id) => !live.has(id));
      if (unknown.length > 0)
        throw new ApiError('not-found', 'team-item-not-found', {
          ids: unknown.slice(0, 3).join(', '),
        });
      let changed = 0;
      db.transaction(() => {
        for (const localId of new Set(localIds)) {
          const row = getItemByLocal(db, kind, localId);
          if (row?.shared === shared || (!row && !shared)) continue;
          putItem(db, row ? { ...row, shared } : newRow(kind, localId));
          changed++;
        }
      }).immediate();
      return { changed };
    },
    conflicts: () => conflictsOf(db),
    resolve(kind, localId, item) {
      const row = getItemByLocal(db, kind, localId);
      if (!row?.conflict) throw new ApiError('not-found', 'team-no-conflict');
      const chosen = item as ItemData;
      adapters[kind].update(localId, chosen);
      // Forget what was last written so that the next sync writes the resolution, replacing
      // every version in conflict (the row's heads) everywhere.
      putItem(db, { ...row, data: null, conflict: null });
      return sync();
    },
    authorship(kind) {
      const firstAuthors = creators(db, kind);
      return listItems(db, kind)
        .filter((r) => r.localId !== null)
        .map((r) => ({
          localId: r.localId as string,
          shared: r.shared,
          createdBy: firstAuthors.get(r.id) ?? r.author,
          author: r.author,
          changedAt: hlcTime(r.hlc),
          conflict: r.conflict !== null,
        }));
    },
    folderInfo() {
      const dir = changesDir();
      return dir === undefined ? null : { changesDir: dir, device: deviceId(db) };
    },
    changes: () => NOT_WATCHED,
  };
}

/** Items that could not be taken in are tried again at every sync. */
function markFailedPending(db: Database.Database): void {
  db.prepare('UPDATE team_items SET pending = 1 WHERE apply_error IS NOT NULL').run();
}

/** A store opened for reading only cannot take part: the team library waits, calmly. */
function readOnlyTeam(reason: string): TeamWrites {
  const status: TeamStatus = {
    joined: false,
    folder: null,
    displayName: null,
    deviceId: null,
    available: false,
    lastSyncedAt: null,
    waiting: 0,
    conflicts: 0,
    sharedNotes: 0,
    sharedHandouts: 0,
    unreadable: [],
    newerFormat: 0,
    applyErrors: [],
  };
  const refuse = (): never => {
    throw new ApiError('refused', 'team-read-only', { reason });
  };
  const report = (): SyncReport => ({
    state: 'unavailable',
    received: 0,
    written: 0,
    applied: 0,
    status,
  });
  return {
    join: refuse,
    leave: refuse,
    status: () => status,
    sync: report,
    setShared: refuse,
    conflicts: () => [],
    resolve: refuse,
    authorship: () => [],
    folderInfo: () => null,
    changes: () => NOT_WATCHED,
  };
}

function newRow(kind: ItemKind, localId: string) {
  return {
    kind,
    id: localId,
    localId,
    shared: true,
    heads: [],
    data: null,
    author: '',
    hlc: '',
    conflict: null,
    applyError: null,
  };
}

/** Leaving (or joining another folder) forgets the folder's changes; shared marks stay. */
function forgetTeamState(db: Database.Database): void {
  db.prepare('DELETE FROM team_changes').run();
  forgetAllSeenFiles(db);
  db.prepare('DELETE FROM team_items WHERE local_id IS NULL OR shared = 0').run();
  db.prepare(
    "UPDATE team_items SET id = local_id, heads = '[]', data = NULL, author = '', hlc = '', conflict = NULL, apply_error = NULL, pending = 0",
  ).run();
}

function conflictsOf(db: Database.Database): TeamConflict[] {
  return listItems(db)
    .filter((r) => r.conflict !== null)
    .map((r) => ({
      kind: r.kind,
      id: r.id,
      localId: r.localId,
      versions: (r.conflict ?? []).map((v) => ({
        author: v.author,
        changedAt: hlcTime(v.hlc) ?? '',
        stamp: v.hlc,
        item: v.item,
      })),
    }));
}
