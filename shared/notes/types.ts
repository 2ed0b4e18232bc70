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
}

export interface NoteInput {
  title: string;
  body: string;
  partnership?: string | null;
  organisations?: string[];
  aboutDate?: string | null;
  factors?: string[];
  links?: string[];
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
  reason: 'daily' | 'migration' | 'import' | 'bulk-delete' | 'manual' | 'restore';
}

export interface StoreStatus {
  dataDir: string;
  dbPath: string;
  backupDir: string;
  schemaVersion: number;
  noteCount: number;
  /** Set when the store was found damaged at open and moved aside. */
  recovered: { movedTo: string; reason: string; latestBackup: string | null } | null;
  /** Notes purged from the trash at this open (trash entries older than 30 days). */
  trashPurged?: number;
}
