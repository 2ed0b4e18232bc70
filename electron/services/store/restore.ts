// Restores a backup into the live connection (the handle other services hold stays valid): the
// backup is copied, checked and migrated on the side, then copied over in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import { tempPathFor } from '../atomicFile';
import { checkFile } from './backups';
import { DATA_TABLES, migrate } from './migrations';
import { writeTransaction } from './transactions';

function prepareCopy(backupFile: string, workDir: string): string {
  const copy = tempPathFor(path.join(workDir, 'restore.db'));
  fs.copyFileSync(backupFile, copy);
  const verdict = checkFile(copy);
  if (verdict !== 'ok') {
    fs.rmSync(copy, { force: true });
    throw new ApiError('refused', 'backup-damaged', {
      name: path.basename(backupFile),
      detail: verdict,
    });
  }
  const side = new Database(copy);
  try {
    migrate(side);
  } catch (error) {
    side.close();
    fs.rmSync(copy, { force: true });
    throw error;
  }
  side.close();
  return copy;
}

function columnsOf(db: Database.Database, table: string): string[] {
  const rows = db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[];
  return rows.map((r) => `"${r.name}"`);
}

/**
 * Replaces all user data in `db` with the backup's. `rebuildDerived` runs in the same
 * transaction (the notes module rebuilds its full-text index there).
 */
export function restoreInto(
  db: Database.Database,
  backupFile: string,
  workDir: string,
  rebuildDerived: (db: Database.Database) => void,
): void {
  const copy = prepareCopy(backupFile, workDir);
  db.prepare(`ATTACH DATABASE ? AS restore_source`).run(copy);
  try {
    writeTransaction(db, () => {
      for (const table of [...DATA_TABLES].reverse()) db.exec(`DELETE FROM main."${table}"`);
      for (const table of DATA_TABLES) {
        const columns = columnsOf(db, table).join(', ');
        db.exec(
          `INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM restore_source."${table}"`,
        );
      }
      rebuildDerived(db);
    });
  } finally {
    db.exec('DETACH DATABASE restore_source');
    fs.rmSync(copy, { force: true });
  }
}
