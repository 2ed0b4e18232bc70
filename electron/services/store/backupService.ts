// Backups of the open store: take one, list them, restore one (notes and handouts together), and
// move the folder. Works on the handle storeServices.ts opened; knows nothing of notes beyond the
// derived index the restore must rebuild.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import type { BackupInfo } from '../../../shared/notes/types';
import { tempPathFor } from '../atomicFile';
import {
  backupIfChanged,
  backupPath,
  backupSpace,
  createBackup,
  hasBackupOn,
  listBackups,
  moveBackups,
  type BackupReason,
} from './backups';
import { hasUserData } from './migrations';
import type { StoreHandle } from './openStore';
import { restoreInto } from './restore';
import { backupsBeforeRecoveries } from './storeEvents';
import { describeStoreError, withStoreErrors } from './storeErrors';

export interface BackupService {
  /** Always takes one (the user asked for it). */
  backup(reason?: BackupReason): BackupInfo;
  /** Before an import, a bulk delete or a restore: skipped when nothing changed since the newest. */
  beforeChange(reason: BackupReason): string;
  list(): BackupInfo[];
  space(): { count: number; bytes: number };
  /** Replaces all user data with the named backup's, after a backup of the current state. */
  restore(name: string): void;
  /**
   * Lets a module that keeps its own tables beside the user data (the team library) learn of a
   * restore: `inTransaction` runs inside the restore's own transaction (so a crash cannot leave
   * the data restored and the module unaware), `afterCommit` once it has committed.
   */
  onRestore(hook: RestoreHook): void;
  setDir(dir: string): void;
  /**
   * At most one a day, only when there is something to protect and it changed. A failure (a
   * full disk) is returned as a warning: reading must still work.
   */
  daily(): { name: string | null; warning: string | null };
}

export interface RestoreHook {
  inTransaction?(db: Database.Database): void;
  afterCommit?(): void;
}

/** What went wrong, in Danish: the store's own messages, or the folder and the system's code. */
function why(error: unknown, dir: string): string {
  const described = describeStoreError(error, path.join(dir, 'samspil-….db'));
  if (described instanceof ApiError) return described.message;
  const code = (error as NodeJS.ErrnoException).code ?? 'ukendt fejl';
  return `mappen med sikkerhedskopier (${dir}) kan ikke skrives (${code}).`;
}

export function createBackupService(
  store: StoreHandle,
  rebuildDerived: (db: Database.Database) => void,
): BackupService {
  const { db, dbPath, dataDir } = store;
  const guard = <T>(fn: () => T): T => withStoreErrors(dbPath, fn);
  const protect = (): Set<string> => backupsBeforeRecoveries(db);
  const hooks: RestoreHook[] = [];
  const rebuildAndTell = (restored: Database.Database): void => {
    rebuildDerived(restored);
    for (const hook of hooks) hook.inTransaction?.(restored);
  };

  const service: BackupService = {
    backup: (reason = 'manual') =>
      guard(() => createBackup(db, store.backupDir, reason, store.now(), { protect: protect() })),
    beforeChange: (reason) =>
      guard(
        () =>
          backupIfChanged(db, store.backupDir, reason, store.now(), { protect: protect() }).info
            .name,
      ),
    list: () => listBackups(store.backupDir),
    space: () => backupSpace(store.backupDir),

    restore(name) {
      guard(() => {
        const source = backupPath(store.backupDir, name);
        // Held aside first: the backup of the current state below may prune the chosen one.
        const held = tempPathFor(path.join(dataDir, 'restore-source.db'));
        fs.copyFileSync(source, held);
        try {
          if (hasUserData(db)) service.beforeChange('restore');
          restoreInto(db, held, dataDir, rebuildAndTell);
        } finally {
          fs.rmSync(held, { force: true });
        }
      });
      for (const hook of hooks) hook.afterCommit?.();
    },
    onRestore: (hook) => void hooks.push(hook),

    setDir(dir) {
      const target = path.resolve(dir);
      if (target === dataDir) {
        throw new ApiError('refused', 'backup-dir-is-data-dir');
      }
      guard(() => moveBackups(store.backupDir, target, protect()));
      store.backupDir = target;
    },

    daily() {
      const now = store.now();
      if (store.readOnly || !hasUserData(db) || hasBackupOn(store.backupDir, now)) {
        return { name: null, warning: null };
      }
      try {
        const { info, taken } = backupIfChanged(db, store.backupDir, 'daily', now, {
          protect: protect(),
        });
        return { name: taken ? info.name : null, warning: null };
      } catch (error) {
        return {
          name: null,
          warning: `Dagens sikkerhedskopi kunne ikke tages: ${why(error, store.backupDir)}`,
        };
      }
    },
  };
  return service;
}
