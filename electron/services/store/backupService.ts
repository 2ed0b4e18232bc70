// Backups of the open store: take one, list them, restore one (notes and handouts together), and
// move the folder. Works on the handle services.ts opened; knows nothing of notes beyond the
// derived index the restore must rebuild.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import type { BackupInfo } from '../../../shared/notes/types';
import { tempPathFor } from '../atomicFile';
import { backupPath, createBackup, hasBackupOn, listBackups, moveBackups } from './backups';
import { hasUserData } from './migrations';
import type { StoreHandle } from './openStore';
import { restoreInto } from './restore';
import { withStoreErrors } from './storeErrors';

export interface BackupService {
  backup(reason?: BackupInfo['reason']): BackupInfo;
  list(): BackupInfo[];
  /** Replaces all user data with the named backup's, after a backup of the current state. */
  restore(name: string): void;
  setDir(dir: string): void;
  /** At most one a day, only when there is something to protect (notes or handouts). */
  daily(): string | null;
}

export function createBackupService(
  store: StoreHandle,
  rebuildDerived: (db: Database.Database) => void,
): BackupService {
  const { db, dbPath, dataDir } = store;
  const guard = <T>(fn: () => T): T => withStoreErrors(dbPath, fn);

  return {
    backup: (reason = 'manual') =>
      guard(() => createBackup(db, store.backupDir, reason, store.now())),
    list: () => listBackups(store.backupDir),

    restore(name) {
      guard(() => {
        const source = backupPath(store.backupDir, name);
        // Held aside first: the backup of the current state below may prune the chosen one.
        const held = tempPathFor(path.join(dataDir, 'restore-source.db'));
        fs.copyFileSync(source, held);
        try {
          if (hasUserData(db)) createBackup(db, store.backupDir, 'restore', store.now());
          restoreInto(db, held, dataDir, rebuildDerived);
        } finally {
          fs.rmSync(held, { force: true });
        }
      });
    },

    setDir(dir) {
      const target = path.resolve(dir);
      if (target === dataDir) {
        throw new ApiError(
          'refused',
          'Sikkerhedskopierne skal ligge i en anden mappe end databasen.',
        );
      }
      guard(() => moveBackups(store.backupDir, target));
      store.backupDir = target;
    },

    daily() {
      const now = store.now();
      if (!hasUserData(db) || hasBackupOn(store.backupDir, now)) return null;
      return createBackup(db, store.backupDir, 'daily', now).name;
    },
  };
}
