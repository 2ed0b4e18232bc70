// The notes side of the contract as the handlers and the CLI see it (serviceTypes.ts NotesStore):
// the notes, import and backup modules over one open store, with the store's status.
import type Database from 'better-sqlite3';
import type { StoreStatus } from '../../../shared/notes/types';
import type { NotesStore } from '../serviceTypes';
import type { BackupService } from '../store/backupService';
import { schemaVersion } from '../store/migrations';
import type { StoreHandle } from '../store/openStore';
import { withStoreErrors } from '../store/storeErrors';
import { importNotesFile } from './noteImport';
import { countLiveNotes } from './noteRows';
import type { NotesService } from './notesService';

export interface NotesStoreParts {
  store: StoreHandle;
  notes: NotesService;
  backups: BackupService;
  knownFactorIds?: Set<string>;
  /** Trash entries purged at this open. */
  trashPurged: number;
}

export function storeStatus(store: StoreHandle, trashPurged: number): StoreStatus {
  return {
    dataDir: store.dataDir,
    dbPath: store.dbPath,
    backupDir: store.backupDir,
    schemaVersion: schemaVersion(store.db),
    noteCount: countLiveNotes(store.db),
    recovered: store.recovered,
    trashPurged,
  };
}

export function asNotesStore(
  parts: NotesStoreParts,
): NotesStore & { readonly db: Database.Database } {
  const { store, notes, backups } = parts;
  const status = (): StoreStatus =>
    withStoreErrors(store.dbPath, () => storeStatus(store, parts.trashPurged));
  return {
    db: store.db,
    ...notes,
    importFile: (file, options) =>
      importNotesFile(store, { knownFactorIds: parts.knownFactorIds, backups }, file, options),
    backup: (reason) => backups.backup(reason),
    listBackups: () => backups.list(),
    restoreBackup(name) {
      backups.restore(name);
      return status();
    },
    setBackupDir: (dir) => backups.setDir(dir),
    status,
    close() {
      if (store.db.open) store.db.close();
    },
  };
}
