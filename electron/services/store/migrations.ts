// The schema's history, oldest first. Each version is applied once, tracked in
// `PRAGMA user_version`; all pending versions run in one transaction (see openStore.ts).
import type Database from 'better-sqlite3';
import { lowercaseNoteIds } from './lowercaseIds';

export interface Migration {
  version: number;
  up(db: Database.Database): void;
}

// The FTS table holds Danish stems computed in JS (see electron/notes/noteText.ts), space-joined.
// Every term the JS tokenizer makes must stay one FTS token: marks count as token characters, and
// tokenchars keeps joined terms such as "styregruppe-møder", "1.000" and "§18" whole.
const FTS_TOKENIZER = `unicode61 remove_diacritics 0 categories ''L* N* Co M*'' tokenchars ''-.§,''`;

export const MIGRATIONS: readonly Migration[] = [
  {
    // v1: notes with factors and links as JSON columns, and their full-text index. (Full detail:
    // with detail = column, bm25() gives 0 for every row and the ranking is lost.)
    version: 1,
    up(db) {
      db.exec(`
        CREATE TABLE notes (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          body TEXT NOT NULL,
          partnership TEXT,
          organisations TEXT NOT NULL DEFAULT '[]',
          about_date TEXT,
          factors TEXT NOT NULL DEFAULT '[]',
          links TEXT NOT NULL DEFAULT '[]',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX notes_by_updated ON notes (updated_at);
        CREATE VIRTUAL TABLE notes_fts USING fts5 (
          title, body, content = '', contentless_delete = 1, tokenize = '${FTS_TOKENIZER}'
        );
      `);
    },
  },
  {
    // v2: factor tags and links become tables (filterable, indexed); notes get a trash.
    version: 2,
    up(db) {
      db.exec(`
        CREATE TABLE note_factors (
          note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
          factor_id TEXT NOT NULL,
          position INTEGER NOT NULL,
          PRIMARY KEY (note_id, factor_id)
        ) STRICT;
        CREATE INDEX note_factors_by_factor ON note_factors (factor_id);
        CREATE TABLE note_links (
          note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
          target_id TEXT NOT NULL,
          position INTEGER NOT NULL,
          PRIMARY KEY (note_id, target_id)
        ) STRICT;
        CREATE INDEX note_links_by_target ON note_links (target_id);
        INSERT OR IGNORE INTO note_factors (note_id, factor_id, position)
          SELECT n.id, j.value, j.key FROM notes AS n, json_each(n.factors) AS j
          WHERE json_valid(n.factors) AND j.type = 'text';
        INSERT OR IGNORE INTO note_links (note_id, target_id, position)
          SELECT n.id, j.value, j.key FROM notes AS n, json_each(n.links) AS j
          WHERE json_valid(n.links) AND j.type = 'text';
        ALTER TABLE notes DROP COLUMN factors;
        ALTER TABLE notes DROP COLUMN links;
        ALTER TABLE notes ADD COLUMN deleted_at TEXT;
        CREATE INDEX notes_by_deleted ON notes (deleted_at);
      `);
    },
  },
  {
    // v3: the handout tables (queried by electron/handouts, durable like notes).
    version: 3,
    up(db) {
      db.exec(`
        CREATE TABLE handouts (id TEXT PRIMARY KEY, title TEXT NOT NULL, subtitle TEXT NOT NULL DEFAULT '', intro TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
        CREATE TABLE handout_items (handout_id TEXT NOT NULL REFERENCES handouts(id) ON DELETE CASCADE, position INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('quote','factor','lesson','section','note')), ref TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', PRIMARY KEY (handout_id, position)) STRICT;
      `);
    },
  },
  {
    // v4: notes in the trash leave the full-text index (so a search ranks only live notes and
    // can stop at its limit), and the trash gets a partial index instead of one over every note
    // (which made the planner sort all notes to list the newest). FTS5 merges its segments
    // sooner (automerge 2, default 4): fewer segments to read per query, about a third faster at
    // 100,000 notes for the same insert cost (scripts/bench/notes.ts).
    version: 4,
    up(db) {
      db.exec(`
        INSERT INTO notes_fts (notes_fts, rank) VALUES ('automerge', 2);
        DELETE FROM notes_fts WHERE rowid IN (SELECT seq FROM notes WHERE deleted_at IS NOT NULL);
        DROP INDEX notes_by_deleted;
        CREATE INDEX notes_in_trash ON notes (deleted_at) WHERE deleted_at IS NOT NULL;
      `);
    },
  },
  // v5: note ids in lower case (see lowercaseIds.ts).
  { version: 5, up: lowercaseNoteIds },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Tables that hold user data, parents before children (the order a restore copies them in). */
export const DATA_TABLES = ['notes', 'note_factors', 'note_links', 'handouts', 'handout_items'];

/** True when any user-data table has a row (notes, also trashed ones, or handouts). */
export function hasUserData(db: Database.Database): boolean {
  return DATA_TABLES.some(
    (table) => db.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get() !== undefined,
  );
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every pending migration in one transaction; returns the versions applied. */
export function migrate(db: Database.Database, target: number = LATEST_VERSION): number[] {
  const from = schemaVersion(db);
  const pending = MIGRATIONS.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return pending.map((m) => m.version);
}
