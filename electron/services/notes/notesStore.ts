// The notes store: notes with factor tags and links, FTS search, a trash, import/export, and the
// durability of electron/store (integrity check, recovery, migrations, rolling backups).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import type { BackupInfo, ImportReport, Note, StoreStatus } from '../../../shared/notes/types';
import type { NotesStore } from '../serviceTypes';
import { backupPath, createBackup, listBackups, moveBackups } from '../store/backups';
import { tempPathFor } from '../atomicFile';
import { dailyBackup, openStore, runInTransaction } from '../store/openStore';
import { hasUserData, schemaVersion } from '../store/migrations';
import { restoreInto } from '../store/restore';
import { describeStoreError, withStoreErrors } from '../store/storeErrors';
import { exportJsonFile, exportMarkdownFolder } from './noteExport';
import { parseNotesFile, readImportFile } from './noteFile';
import {
  checkFactors,
  checkLinks,
  isNoteId,
  parseNoteInput,
  parseNotePatch,
  withUnknownFactors,
} from './noteInput';
import {
  countLiveNotes,
  getNoteRow,
  insertNote,
  listNoteRows,
  purgeTrash,
  rebuildIndex,
  rowsToNotes,
  setDeleted,
  writeNote,
} from './noteRows';
import { searchNotes } from './noteSearch';

export interface NotesStoreOptions {
  dataDir: string;
  backupDir?: string;
  knownFactorIds?: Set<string>;
  /** Whether the content has an entry or section with this id (links are checked when set). */
  isKnownLink?: (id: string) => boolean;
  /** Clock (tests of the trash and the daily backup). */
  now?: () => Date;
}

/** Trash entries older than this are purged at open (the documented rule, reported in status). */
export const TRASH_DAYS = 30;

function notFound(ids: string[]): ApiError {
  const shown = ids.slice(0, 3).join(', ') + (ids.length > 3 ? ` (og ${ids.length - 3} til)` : '');
  return new ApiError('not-found', `Ukendt note: ${shown}`);
}

/** More than half of the live notes at once (a single note is never a bulk delete). */
function isBulk(count: number, live: number): boolean {
  return count > 1 && count * 2 > live;
}

export function openNotesStore(
  options: NotesStoreOptions,
): NotesStore & { readonly db: Database.Database } {
  const now = options.now ?? (() => new Date());
  const known = options.knownFactorIds;
  const knownLink = options.isKnownLink;
  const opened = openStore(options);
  const { db, dbPath, dataDir } = opened;
  let backupDir = opened.backupDir;
  let trashPurged = 0;
  try {
    const cutoff = new Date(now().getTime() - TRASH_DAYS * 86_400_000).toISOString();
    trashPurged = runInTransaction(db, () => purgeTrash(db, cutoff));
    dailyBackup(opened, hasUserData(db), now());
  } catch (error) {
    db.close();
    throw describeStoreError(error, dbPath);
  }

  const guard = <T>(fn: () => T): T => withStoreErrors(dbPath, fn);
  const stamp = (after?: string): string => {
    const t = now().getTime();
    const floor = after ? Date.parse(after) + 1 : t;
    return new Date(Math.max(t, floor)).toISOString();
  };
  const show = (note: Note): Note => withUnknownFactors(note, known);

  function liveNote(id: string): Note {
    const row = isNoteId(id) ? getNoteRow(db, id) : undefined;
    if (!row || row.deleted_at !== null) throw notFound([id]);
    return rowsToNotes(db, [row])[0] as Note;
  }

  function selection(ids?: string[]): Note[] {
    if (!ids) return rowsToNotes(db, listNoteRows(db, {}));
    const unique = [...new Set(ids)];
    const notes = rowsToNotes(db, listNoteRows(db, { ids: unique }));
    const found = new Set(notes.map((n) => n.id));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0) throw notFound(missing);
    return notes;
  }

  function backup(reason: BackupInfo['reason'] = 'manual'): BackupInfo {
    return guard(() => createBackup(db, backupDir, reason, now()));
  }

  function status(): StoreStatus {
    return {
      dataDir,
      dbPath,
      backupDir,
      schemaVersion: schemaVersion(db),
      noteCount: countLiveNotes(db),
      recovered: opened.recovered,
      trashPurged,
    };
  }

  return {
    db,
    list: (filter = {}) => guard(() => rowsToNotes(db, listNoteRows(db, filter)).map(show)),
    get: (id) => guard(() => show(liveNote(id))),
    searchNotes: (q, limit) =>
      guard(() => searchNotes(db, q, limit).map((r) => ({ ...r, note: show(r.note) }))),

    create(input) {
      const parsed = parseNoteInput(input);
      checkFactors(parsed.factors ?? [], known);
      checkLinks(parsed.links ?? [], knownLink);
      const time = stamp();
      const note: Note = {
        id: crypto.randomUUID(),
        title: parsed.title,
        body: parsed.body,
        partnership: parsed.partnership ?? null,
        organisations: parsed.organisations ?? [],
        aboutDate: parsed.aboutDate ?? null,
        createdAt: time,
        updatedAt: time,
        factors: parsed.factors ?? [],
        links: parsed.links ?? [],
      };
      guard(() => runInTransaction(db, () => insertNote(db, note)));
      return show(note);
    },

    update(update) {
      const { id, ...rest } = update;
      const patch = parseNotePatch(rest);
      return guard(() =>
        runInTransaction(db, () => {
          const current = liveNote(id);
          if (patch.factors) checkFactors(patch.factors, known, current.factors);
          if (patch.links) checkLinks(patch.links, knownLink, current.links);
          const note: Note = {
            ...current,
            ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
            updatedAt: stamp(current.updatedAt),
          };
          writeNote(db, note);
          return show(note);
        }),
      );
    },

    delete(ids, options = {}) {
      const unique = [...new Set(ids)];
      return guard(() => {
        const missing = unique.filter((id) => {
          const row = isNoteId(id) ? getNoteRow(db, id) : undefined;
          return !row || row.deleted_at !== null;
        });
        if (missing.length > 0) throw notFound(missing);
        const live = countLiveNotes(db);
        const bulk = isBulk(unique.length, live);
        if (bulk && !options.confirm) {
          throw new ApiError(
            'needs-confirmation',
            `Du er ved at slette ${unique.length} af ${live} noter (mere end halvdelen). ` +
              'Bekræft for at fortsætte; der tages en sikkerhedskopi først.',
          );
        }
        const taken = bulk ? createBackup(db, backupDir, 'bulk-delete', now()).name : null;
        const deleted = runInTransaction(db, () => setDeleted(db, unique, stamp()));
        return { deleted, backup: taken };
      });
    },

    undelete(ids) {
      const unique = [...new Set(ids)];
      return guard(() => {
        const missing = unique.filter((id) => !(isNoteId(id) && getNoteRow(db, id)));
        if (missing.length > 0) throw notFound(missing);
        return { restored: runInTransaction(db, () => setDeleted(db, unique, null)) };
      });
    },

    exportJson(file, ids) {
      const notes = guard(() => selection(ids));
      return { path: exportJsonFile(notes, file, now()), count: notes.length };
    },

    exportMarkdown(folder, ids) {
      const notes = guard(() => selection(ids));
      return { path: exportMarkdownFolder(notes, folder, now()), count: notes.length };
    },

    importFile(file, options = {}) {
      const bytes = readImportFile(file);
      return guard(() => importNotes(bytes, options.mode ?? 'merge', options.confirm ?? false));
    },

    backup,
    listBackups: () => listBackups(backupDir),

    restoreBackup(name) {
      return guard(() => {
        const source = backupPath(backupDir, name);
        // Held aside first: the backup of the current state below may prune the chosen one.
        const held = tempPathFor(path.join(dataDir, 'restore-source.db'));
        fs.copyFileSync(source, held);
        try {
          if (hasUserData(db)) createBackup(db, backupDir, 'restore', now());
          restoreInto(db, held, dataDir, rebuildIndex);
        } finally {
          fs.rmSync(held, { force: true });
        }
        return status();
      });
    },

    setBackupDir(dir) {
      const target = path.resolve(dir);
      if (target === dataDir) {
        throw new ApiError(
          'refused',
          'Sikkerhedskopierne skal ligge i en anden mappe end databasen.',
        );
      }
      guard(() => moveBackups(backupDir, target));
      backupDir = target;
    },

    status,
    close() {
      if (db.open) db.close();
    },
  };

  function importNotes(bytes: Buffer, mode: 'merge' | 'replace', confirm: boolean): ImportReport {
    const stored = (id: string): Note | undefined => {
      const row = getNoteRow(db, id);
      return row ? rowsToNotes(db, [row])[0] : undefined;
    };
    const notes = parseNotesFile(
      bytes,
      (id, factor) => !known || known.has(factor) || !!stored(id)?.factors.includes(factor),
      (id, link) => !knownLink || knownLink(link) || !!stored(id)?.links.includes(link),
    );
    const inFile = new Set(notes.map((n) => n.id));
    const toTrash = mode === 'replace' ? selection().filter((n) => !inFile.has(n.id)) : [];
    const live = countLiveNotes(db);
    if (toTrash.length > 0 && isBulk(toTrash.length, live) && !confirm) {
      throw new ApiError(
        'needs-confirmation',
        `Importen erstatter noterne og fjerner ${toTrash.length} af ${live} (mere end halvdelen). ` +
          'Bekræft for at fortsætte; der tages en sikkerhedskopi først.',
      );
    }
    const taken = hasUserData(db) ? createBackup(db, backupDir, 'import', now()).name : null;
    return runInTransaction(db, () => {
      const report: ImportReport = { added: 0, updated: 0, skipped: 0, backup: taken };
      for (const note of notes) {
        const row = getNoteRow(db, note.id);
        if (!row) report.added++;
        else if (Date.parse(note.updatedAt) > Date.parse(row.updated_at)) report.updated++;
        else {
          report.skipped++;
          continue;
        }
        writeNote(db, note);
      }
      if (mode === 'replace') {
        report.trashed = setDeleted(
          db,
          toTrash.map((n) => n.id),
          stamp(),
        );
      }
      return report;
    });
  }
}
