// The user's notes over the open store: create, read, edit, trash and export. Queries are the
// free functions of noteRows.ts; this module adds the rules (validation, factor ids, the newer
// timestamp, bulk-delete confirmation) and the store's error messages.
import crypto from 'node:crypto';
import { ApiError } from '../../../shared/api';
import type { Note } from '../../../shared/notes/types';
import type { NotesStore } from '../serviceTypes';
import type { BackupService } from '../store/backupService';
import { checkExportFile, checkExportFolder } from '../exportTarget';
import { assertWritable, type StoreHandle } from '../store/openStore';
import { withStoreErrors } from '../store/storeErrors';
import { readTransaction, writeTransaction } from '../store/transactions';
import { exportJsonFile, exportMarkdownFolder } from './noteExport';
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
  rowsToNotes,
  setDeleted,
  writeNote,
} from './noteRows';
import { searchNotes } from './noteSearch';
import { partnershipIdsOfNote, setNotePartnerships } from '../partnerships/noteLinks';
import { clampTime, LATEST_TIME } from './timeRange';

export type NotesService = Pick<
  NotesStore,
  | 'list'
  | 'get'
  | 'searchNotes'
  | 'create'
  | 'update'
  | 'delete'
  | 'undelete'
  | 'exportJson'
  | 'exportMarkdown'
>;

export interface NotesDeps {
  knownFactorIds?: Set<string>;
  /** Whether the content has an entry or section with this id (links are checked when set). */
  isKnownLink?: (id: string) => boolean;
  backups: Pick<BackupService, 'beforeChange'>;
}

export function notFound(ids: string[]): ApiError {
  const shown = ids.slice(0, 3).join(', ') + (ids.length > 3 ? ', …' : '');
  return new ApiError('not-found', 'note-not-found', { ids: shown, count: ids.length });
}

/** More than half of the live notes at once (a single note is never a bulk delete). */
export function isBulk(count: number, live: number): boolean {
  return count > 1 && count * 2 > live;
}

/**
 * A timestamp now, and later than `after` (so an edit always reads as newer), never past
 * LATEST_TIME (at the very end of the range an edit keeps the stamp it had).
 */
export function stampAfter(now: Date, after?: string): string {
  const t = now.getTime();
  const floor = after ? Date.parse(after) + 1 : t;
  return clampTime(new Date(Math.min(Math.max(t, floor), Date.parse(LATEST_TIME))).toISOString());
}

/** Live notes by id (all when `ids` is absent); throws not-found naming the missing ones. */
export function selectNotes(store: StoreHandle, ids?: string[]): Note[] {
  const { db } = store;
  if (!ids) return rowsToNotes(db, listNoteRows(db, {}));
  const unique = [...new Set(ids)];
  const notes = rowsToNotes(db, listNoteRows(db, { ids: unique }));
  const found = new Set(notes.map((n) => n.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0) throw notFound(missing);
  return notes;
}

export function createNotesService(store: StoreHandle, deps: NotesDeps): NotesService {
  const { db, dbPath } = store;
  const known = deps.knownFactorIds;
  const knownLink = deps.isKnownLink;
  const guard = <T>(fn: () => T): T => withStoreErrors(dbPath, fn);
  const show = (note: Note): Note => withUnknownFactors(note, known);
  // After a write, the note as stored says which of the user's partnerships it belongs to.
  const withPartnerships = (note: Note): Note => ({
    ...note,
    partnershipIds: partnershipIdsOfNote(db, note.id),
  });
  const linkPartnerships = (id: string, ids: string[] | undefined): void => {
    if (ids) setNotePartnerships(db, id, ids, store.now());
  };

  function liveNote(id: string): Note {
    const row = isNoteId(id) ? getNoteRow(db, id) : undefined;
    if (!row || row.deleted_at !== null) throw notFound([id]);
    return rowsToNotes(db, [row])[0] as Note;
  }

  return {
    list: (filter = {}) => guard(() => rowsToNotes(db, listNoteRows(db, filter)).map(show)),
    get: (id) => guard(() => show(liveNote(id))),
    searchNotes: (q, limit) =>
      guard(() => searchNotes(db, q, limit).map((r) => ({ ...r, note: show(r.note) }))),

    create(input) {
      assertWritable(store);
      const parsed = parseNoteInput(input);
      checkFactors(parsed.factors ?? [], known);
      checkLinks(parsed.links ?? [], knownLink);
      const time = stampAfter(store.now());
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
      return guard(() =>
        writeTransaction(db, () => {
          insertNote(db, note);
          if (!parsed.partnershipIds) return show({ ...note, partnershipIds: [] });
          linkPartnerships(note.id, parsed.partnershipIds);
          return show(withPartnerships(note));
        }),
      );
    },

    update(update) {
      assertWritable(store);
      const { id, ...rest } = update;
      const { partnershipIds, ...patch } = parseNotePatch(rest);
      return guard(() =>
        writeTransaction(db, () => {
          const current = liveNote(id);
          if (patch.factors) checkFactors(patch.factors, known, current.factors);
          if (patch.links) checkLinks(patch.links, knownLink, current.links);
          const note: Note = {
            ...current,
            ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
            updatedAt: stampAfter(store.now(), current.updatedAt),
          };
          writeNote(db, note);
          linkPartnerships(id, partnershipIds);
          return show(withPartnerships(note));
        }),
      );
    },

    delete(ids, options = {}) {
      assertWritable(store);
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
          throw new ApiError('needs-confirmation', 'confirm-bulk-delete', {
            count: unique.length,
            total: live,
          });
        }
        const taken = bulk ? deps.backups.beforeChange('bulk-delete') : null;
        const deleted = writeTransaction(db, () => setDeleted(db, unique, stampAfter(store.now())));
        return { deleted, backup: taken };
      });
    },

    undelete(ids) {
      assertWritable(store);
      const unique = [...new Set(ids)];
      return guard(() => {
        const missing = unique.filter((id) => !(isNoteId(id) && getNoteRow(db, id)));
        if (missing.length > 0) throw notFound(missing);
        return { restored: writeTransaction(db, () => setDeleted(db, unique, null)) };
      });
    },

    exportJson(file, ids, options = {}) {
      const target = checkExportFile(file, store, options);
      const notes = guard(() => readTransaction(db, () => selectNotes(store, ids)));
      return { path: exportJsonFile(notes, target, store.now()), count: notes.length };
    },

    exportMarkdown(folder, ids, options = {}) {
      const target = checkExportFolder(folder, store);
      const notes = guard(() => readTransaction(db, () => selectNotes(store, ids)));
      return {
        path: exportMarkdownFolder(notes, target, store.now(), options),
        count: notes.length,
      };
    },
  };
}
