// PLACEHOLDER until the notes issue lands.
import type Database from 'better-sqlite3';
import type { NotesStore } from '../serviceTypes';

export interface NotesStoreOptions {
  dataDir: string;
  backupDir?: string;
  knownFactorIds?: Set<string>;
}
export function openNotesStore(
  _options: NotesStoreOptions,
): NotesStore & { readonly db: Database.Database } {
  throw new Error('not yet implemented');
}
