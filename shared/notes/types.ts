// A user's own partnership note, as stored in SQLite and shown in the UI.

export interface Note {
  /** UUID, stable across export and import. */
  id: string;
  title: string;
  /** Markdown; sanitised with DOMPurify before it reaches the DOM. */
  body: string;
  /** The user's own partnership the note concerns (free text), or null. */
  partnership: string | null;
  organisations: string[];
  /** The date the note is about, YYYY-MM-DD, or null. */
  aboutDate: string | null;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Factor ids of the content's taxonomy (ids a later content version drops are kept). */
  factors: string[];
  /** Ids of content entries (quotes, lessons, factors, partnership sections) the note links to. */
  links: string[];
  /** Factor ids of `factors` that the current content no longer has (shown as unknown). */
  unknownFactors?: string[];
  /**
   * Ids of the user's own partnerships (Mine partnerskaber) the note belongs to, by name; those
   * in the trash are left out. Local to this store: not in note exports or the team library.
   */
  partnershipIds?: string[];
}

export interface NoteInput {
  title: string;
  body: string;
  partnership?: string | null;
  organisations?: string[];
  aboutDate?: string | null;
  factors?: string[];
  links?: string[];
  /** The user's own partnerships the note belongs to (absent: left as they are). */
  partnershipIds?: string[];
}

export interface NoteUpdate extends Partial<NoteInput> {
  id: string;
}

export interface ImportReport {
  added: number;
  updated: number;
  /** Same id present and the stored note is newer or equal: kept as it was. */
  skipped: number;
  /** `replace` mode: stored notes absent from the file, moved to the trash. */
  trashed?: number;
  backup: string | null;
}

export interface BackupInfo {
  name: string;
  path: string;
  createdAt: string;
  bytes: number;
  reason:
    'daily' | 'migration' | 'import' | 'bulk-delete' | 'partnership-delete' | 'manual' | 'restore';
}

export interface StoreStatus {
  dataDir: string;
  dbPath: string;
  backupDir: string;
  schemaVersion: number;
  noteCount: number;
  /**
   * The newest recovery the user has not yet seen (a damaged or empty file, or a -wal that did
   * not belong, moved aside), from this open or an earlier one; null when there is none.
   */
  recovered: StoreRecovery | null;
  /** Every unseen recovery, newest first (`recovered` is the first). */
  recoveries?: StoreRecovery[];
  /** Notes purged from the trash at this open (trash entries older than 30 days). */
  trashPurged?: number;
  /** Handouts purged from the handout trash at this open (deleted more than 30 days ago). */
  handoutTrashPurged?: number;
  /** Partnerships purged from their trash at this open (deleted more than 30 days ago). */
  partnershipTrashPurged?: number;
  /** The data folder cannot be written: the store is open for reading only. */
  readOnly?: boolean;
  /** What went wrong with an automatic backup at this open (e.g. the disk is full), or null. */
  backupWarning?: string | null;
  /** How many backups there are and the space they use. */
  backupSpace?: { count: number; bytes: number };
}

export interface StoreRecovery {
  id?: number;
  kind?: 'damaged' | 'empty' | 'wal';
  foundAt?: string;
  movedTo: string;
  reason: string;
  latestBackup: string | null;
  /** True in the process that found it (the CLI exits non-zero on that command). */
  foundAtThisOpen?: boolean;
}
