// The team library's own tables, in the notes database (never in the shared folder). They have
// their own migration list, tracked in `team_schema`, so that they stay out of the notes store's
// `user_version` history: the two evolve independently and merge without renumbering. A database
// whose team tables a newer Samspil wrote is refused, as the store refuses a newer schema.
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';

interface TeamMigration {
  version: number;
  up(db: Database.Database): void;
}

export const TEAM_MIGRATIONS: readonly TeamMigration[] = [
  {
    // v1: settings (folder, display name, device id, clock, sequence); one row per shared item
    // (its UUID, the local note or handout, what this device last wrote or applied, and whether
    // changes arrived that are not applied yet); every
    // change known (the merge's input); and the files seen in the folder.
    version: 1,
    up(db) {
      db.exec(`
        CREATE TABLE team_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE team_items (
          kind TEXT NOT NULL CHECK (kind IN ('note', 'handout')),
          id TEXT NOT NULL,
          local_id TEXT,
          shared INTEGER NOT NULL DEFAULT 1,
          heads TEXT NOT NULL DEFAULT '[]',
          data TEXT,
          author TEXT NOT NULL DEFAULT '',
          hlc TEXT NOT NULL DEFAULT '',
          conflict TEXT,
          apply_error TEXT,
          pending INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (kind, id)
        ) STRICT;
        CREATE UNIQUE INDEX team_items_by_local ON team_items (kind, local_id);
        CREATE INDEX team_items_pending ON team_items (pending) WHERE pending = 1;
        CREATE TABLE team_changes (
          hlc TEXT PRIMARY KEY,
          kind TEXT NOT NULL,
          item_id TEXT NOT NULL,
          device TEXT NOT NULL,
          seq INTEGER NOT NULL,
          author TEXT NOT NULL,
          parents TEXT NOT NULL,
          item TEXT
        ) STRICT;
        CREATE INDEX team_changes_by_item ON team_changes (kind, item_id);
        CREATE TABLE team_files (
          name TEXT PRIMARY KEY,
          size INTEGER NOT NULL,
          mtime_ms INTEGER NOT NULL,
          state TEXT NOT NULL CHECK (state IN ('ok', 'incomplete', 'newer', 'foreign')),
          hlc TEXT,
          reason TEXT,
          first_failed_at TEXT
        ) STRICT;
      `);
    },
  },
];

export const TEAM_SCHEMA_VERSION = TEAM_MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

function currentVersion(db: Database.Database): number {
  const row = db.prepare('SELECT version FROM team_schema').get() as
    { version: number } | undefined;
  return row?.version ?? 0;
}

/** Brings the team tables up to date in one transaction (a no-op when they are). */
export function migrateTeamTables(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS team_schema (version INTEGER NOT NULL) STRICT');
  const from = currentVersion(db);
  if (from > TEAM_SCHEMA_VERSION) {
    throw new ApiError('refused', 'team-newer-schema', { version: from });
  }
  if (from === TEAM_SCHEMA_VERSION) return;
  db.transaction(() => {
    for (const migration of TEAM_MIGRATIONS) {
      if (migration.version > from) migration.up(db);
    }
    db.prepare('DELETE FROM team_schema').run();
    db.prepare('INSERT INTO team_schema (version) VALUES (?)').run(TEAM_SCHEMA_VERSION);
  }).immediate();
}
