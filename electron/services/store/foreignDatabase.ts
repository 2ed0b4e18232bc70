// Tells Samspil's own database from another program's SQLite file placed where samspil.db
// should be, before anything is written to it (not even the switch to WAL mode): Samspil never
// migrates, repairs or moves aside a file that is not its own.
import type Database from 'better-sqlite3';
import { issueError } from '../issueError';

interface NameRow {
  name: string;
}

/**
 * Refuses a file that is not a Samspil store: at schema version 0 a Samspil file is empty (the
 * migrations run in one transaction), and from version 1 on it has the `notes` table.
 */
export function assertSamspilDatabase(db: Database.Database, dbPath: string): void {
  // Both read in one transaction: another process may be committing the first migration, and
  // tables from before it with the version from after it would look like a foreign file.
  const { tables, version } = db
    .transaction(() => ({
      tables: (
        db
          .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
          )
          .all() as NameRow[]
      ).map((row) => row.name),
      version: db.pragma('user_version', { simple: true }) as number,
    }))
    .deferred();
  const ours = version === 0 ? tables.length === 0 : tables.includes('notes');
  if (ours) return;
  const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ' …' : '');
  throw issueError('refused', {
    code: 'foreign-database',
    params: { file: dbPath, tables: shown || '–', userVersion: version },
  });
}
