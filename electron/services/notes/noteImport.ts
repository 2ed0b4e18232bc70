// Importing a notes file into the open store: the whole file is checked first, then written in
// one transaction after a backup. The rule for a note already present: the newer `updatedAt` wins.
import { ApiError } from '../../../shared/api';
import type { ImportReport, Note } from '../../../shared/notes/types';
import type { ImportOptions } from '../serviceTypes';
import type { BackupService } from '../store/backupService';
import { hasUserData } from '../store/migrations';
import { assertWritable, type StoreHandle } from '../store/openStore';
import { withStoreErrors } from '../store/storeErrors';
import { writeTransaction } from '../store/transactions';
import { parseNotesFile, readImportFile } from './noteFile';
import { countLiveNotes, getNoteRow, rowsToNotes, setDeleted, writeNote } from './noteRows';
import { isBulk, selectNotes, stampAfter } from './notesService';

export interface ImportDeps {
  knownFactorIds?: Set<string>;
  isKnownLink?: (id: string) => boolean;
  backups: Pick<BackupService, 'beforeChange'>;
}

export function importNotesFile(
  store: StoreHandle,
  deps: ImportDeps,
  file: string,
  options: ImportOptions = {},
): ImportReport {
  assertWritable(store);
  const bytes = readImportFile(file);
  return withStoreErrors(store.dbPath, () =>
    importNotes(store, deps, bytes, options.mode ?? 'merge', options.confirm ?? false),
  );
}

/** The file's note wins when the store has none with its id, or an older one. */
function isNewer(updatedAt: string, row: { updated_at: string } | undefined): boolean {
  return !row || Date.parse(updatedAt) > Date.parse(row.updated_at);
}

function importNotes(
  store: StoreHandle,
  deps: ImportDeps,
  bytes: Buffer,
  mode: 'merge' | 'replace',
  confirm: boolean,
): ImportReport {
  const { db } = store;
  const known = deps.knownFactorIds;
  const knownLink = deps.isKnownLink;
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
  const toTrash = mode === 'replace' ? selectNotes(store).filter((n) => !inFile.has(n.id)) : [];
  const live = countLiveNotes(db);
  if (toTrash.length > 0 && isBulk(toTrash.length, live) && !confirm) {
    throw new ApiError('needs-confirmation', 'confirm-import-replace', {
      count: toTrash.length,
      total: live,
    });
  }
  const changes = notes.filter((note) => isNewer(note.updatedAt, getNoteRow(db, note.id)));
  // Nothing to write: no backup either, so repeated imports of the same file push out nothing.
  if (changes.length === 0 && toTrash.length === 0) {
    return {
      added: 0,
      updated: 0,
      skipped: notes.length,
      backup: null,
      ...(mode === 'replace' ? { trashed: 0 } : {}),
    };
  }
  const taken = hasUserData(db) ? deps.backups.beforeChange('import') : null;
  return writeTransaction(db, () => {
    const report: ImportReport = { added: 0, updated: 0, skipped: 0, backup: taken };
    for (const note of notes) {
      const row = getNoteRow(db, note.id);
      if (!row) report.added++;
      else if (isNewer(note.updatedAt, row)) report.updated++;
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
        stampAfter(store.now()),
      );
    }
    return report;
  });
}
