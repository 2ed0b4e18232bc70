// The team library as the UI and the CLI see it: a shared folder, this device's place in it, and
// the state of the last synchronisation.

export type TeamItemKind = 'note' | 'handout';

export interface UnreadableFile {
  name: string;
  reason: string;
  /** When the file was first found unreadable (reported only after a while). */
  since: string;
}

export interface TeamStatus {
  joined: boolean;
  folder: string | null;
  displayName: string | null;
  deviceId: string | null;
  /** False when the folder cannot be reached (a disconnected drive): a calm state. */
  available: boolean;
  lastSyncedAt: string | null;
  /** Shared items changed here and not yet written to the folder. */
  waiting: number;
  conflicts: number;
  sharedNotes: number;
  sharedHandouts: number;
  /** Files that have stayed unreadable for more than ten minutes. */
  unreadable: UnreadableFile[];
  /** Changes written by a newer Samspil: kept, not read. */
  newerFormat: number;
  /** Items that could not be taken in (e.g. a factor this content version does not know). */
  applyErrors: { kind: TeamItemKind; id: string; message: string }[];
}

export interface SyncReport {
  state: 'synced' | 'unavailable' | 'not-joined';
  received: number;
  written: number;
  applied: number;
  status: TeamStatus;
}

export interface TeamVersion {
  author: string;
  /** ISO time of the change (from its clock). */
  changedAt: string;
  stamp: string;
  item: Record<string, unknown>;
}

export interface TeamConflict {
  kind: TeamItemKind;
  /** The shared item's UUID. */
  id: string;
  /** This device's note or handout id. */
  localId: string | null;
  /** Newest first; the first is what is shown until the conflict is resolved. */
  versions: TeamVersion[];
}

export interface TeamAuthorship {
  localId: string;
  shared: boolean;
  /** Who wrote the item's first version in the team folder ('' before it was first written). */
  createdBy: string;
  /** Who changed it last, and when ('' and null before it was first written). */
  author: string;
  changedAt: string | null;
  conflict: boolean;
}

/**
 * What the main process synced by itself when the folder changed (the app watches it; the CLI
 * never does). The renderer asks for this every few seconds: when `generation` moved, it shows
 * `status`; when `appliedAt` moved, notes or handouts changed here and views reload.
 */
export interface TeamChanges {
  /** Whether the team folder is being watched. */
  watching: boolean;
  /** How many syncs the main process has run by itself since it started. */
  generation: number;
  /** The generation of the last of them that changed notes or handouts here (0: none). */
  appliedAt: number;
  /** The status after the last of them; null before the first. */
  status: TeamStatus | null;
}
