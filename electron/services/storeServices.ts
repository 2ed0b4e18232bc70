// Opens the database and the modules over it (notes, import, backups), for services.ts and for
// code that needs only the store (the crash-test child, the store tests and benchmarks).
import type Database from 'better-sqlite3';
import type { NotesStore } from './serviceTypes';
import { createNotesService } from './notes/notesService';
import { asNotesStore } from './notes/notesStore';
import { rebuildIndex } from './notes/noteRows';
import { createBackupService, type BackupService } from './store/backupService';
import { openDatabase, type StoreHandle } from './store/openStore';
import { describeStoreError } from './store/storeErrors';
import type { Log } from './log/fileLog';
import { purgeExpiredTrash } from './trashPurge';

export interface StoreOptions {
  /** The user-data folder that holds the notes database. */
  dataDir: string;
  /** Where rolling backups go (default: `<dataDir>/backups`). */
  backupDir?: string;
  knownFactorIds?: Set<string>;
  /** Whether the content has an entry or section with this id (links are checked when set). */
  isKnownLink?: (id: string) => boolean;
  /** Clock (tests of the trash and the daily backup). */
  now?: () => Date;
  /** How long a write waits for another process's lock (the app: APP_BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
  /** Where store recoveries are recorded (the app's log file). */
  log?: Log;
}

export interface StoreServices {
  store: StoreHandle;
  backups: BackupService;
  notes: NotesStore & { readonly db: Database.Database };
}

/** Opens the database and the modules over it; the daily backup and the trash purge run here. */
export function openStoreServices(options: StoreOptions): StoreServices {
  const store = openDatabase(options);
  try {
    const backups = createBackupService(store, rebuildIndex);
    const { knownFactorIds, isKnownLink } = options;
    const notes = createNotesService(store, { knownFactorIds, isKnownLink, backups });
    // The daily backup first: it holds what the trash purge then removes.
    const { warning } = backups.daily();
    const purged = purgeExpiredTrash(store, backups);
    const facade = asNotesStore({
      store,
      notes,
      backups,
      knownFactorIds,
      isKnownLink,
      opened: {
        trashPurged: purged.notes,
        handoutTrashPurged: purged.handouts,
        partnershipTrashPurged: purged.partnerships,
        backupWarning: warning,
      },
    });
    return { store, backups, notes: facade };
  } catch (error) {
    store.close();
    throw describeStoreError(error, store.dbPath);
  }
}

/** The notes store alone (no content): the CLI's crash-test child and the store tests. */
export function openNotesStore(options: StoreOptions): StoreServices['notes'] {
  return openStoreServices(options).notes;
}
