// The notes side of the contract as the handlers and the CLI see it (serviceTypes.ts NotesStore):
// the notes, import and backup modules over one open store, with the store's status.
import type Database from 'better-sqlite3';
import type { StoreStatus } from '../../../shared/notes/types';
import type { NotesStore } from '../serviceTypes';
import type { BackupService } from '../store/backupService';
import { schemaVersion } from '../store/migrations';
import type { StoreHandle } from '../store/openStore';
import { assertWritable } from '../store/openStore';
import { markEventsSeen, unseenEvents } from '../store/storeEvents';
import { withStoreErrors } from '../store/storeErrors';
import { writeTransaction } from '../store/transactions';
import { importNotesFile } from './noteImport';
import { countLiveNotes } from './noteRows';
import type { NotesService } from './notesService';

export interface NotesStoreParts {
  store: StoreHandle;
  notes: NotesService;
  backups: BackupService;
  knownFactorIds?: Set<string>;
  isKnownLink?: (id: string) => boolean;
  /** What happened at this open: trash purged, and a daily backup that could not be taken. */
  opened: {
    trashPurged: number;
    handoutTrashPurged: number;
    partnershipTrashPurged: number;
    backupWarning: string | null;
  };
}

function storeStatus(parts: NotesStoreParts): StoreStatus {
  const { store } = parts;
  const recoveries = hasEventsTable(store.db) ? unseenEvents(store.db, store.foundHere) : [];
  return {
    dataDir: store.dataDir,
    dbPath: store.dbPath,
    backupDir: store.backupDir,
    schemaVersion: schemaVersion(store.db),
    noteCount: countLiveNotes(store.db),
    recovered: recoveries[0] ?? null,
    recoveries,
    trashPurged: parts.opened.trashPurged,
    handoutTrashPurged: parts.opened.handoutTrashPurged,
    partnershipTrashPurged: parts.opened.partnershipTrashPurged,
    readOnly: store.readOnly !== null,
    backupWarning: parts.opened.backupWarning,
    backupSpace: parts.backups.space(),
  };
}

function hasEventsTable(db: Database.Database): boolean {
  return (
    db
      .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'store_events'`)
      .get() !== undefined
  );
}

export function asNotesStore(
  parts: NotesStoreParts,
): NotesStore & { readonly db: Database.Database } {
  const { store, notes, backups } = parts;
  const status = (): StoreStatus => withStoreErrors(store.dbPath, () => storeStatus(parts));
  return {
    db: store.db,
    ...notes,
    importFile: (file, options) =>
      importNotesFile(
        store,
        { knownFactorIds: parts.knownFactorIds, isKnownLink: parts.isKnownLink, backups },
        file,
        options,
      ),
    backup: (reason) => backups.backup(reason),
    listBackups: () => backups.list(),
    restoreBackup(name) {
      backups.restore(name);
      return status();
    },
    setBackupDir: (dir) => backups.setDir(dir),
    status,
    acknowledgeRecoveries() {
      assertWritable(store);
      withStoreErrors(store.dbPath, () =>
        writeTransaction(store.db, () => markEventsSeen(store.db, store.now().toISOString())),
      );
      return status();
    },
    close: () => store.close(),
  };
}
