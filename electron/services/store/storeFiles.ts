// The store's file names and the small facts about its files that opening needs.
import fs from 'node:fs';

export const DB_FILE = 'samspil.db';

export class DamagedStoreError extends Error {
  override readonly name = 'DamagedStoreError';
}

/** Where the store lives and its clock, resolved once per open. */
export interface Places {
  dbPath: string;
  dataDir: string;
  backupDir: string;
  now: () => Date;
}

export function fileSize(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}
