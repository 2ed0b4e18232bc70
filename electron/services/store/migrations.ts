// The schema's history, oldest first. Each version is applied once, tracked in
// `PRAGMA user_version`; all pending versions run in one IMMEDIATE transaction, and a database
// written by a newer Samspil is refused here, whoever calls migrate().
import type Database from 'better-sqlite3';
import { DRAFTS_MIGRATION } from '../drafts/draftsMigration';
import { PARTNERSHIP_TRASH_MIGRATION } from '../partnerships/trashMigration';
import { lowercaseNoteIds } from './lowercaseIds';
import { adoptFreeTextPartnerships } from '../partnerships/adoptFreeText';
import { StoreTooNewError } from './storeErrors';

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
  {
    // v5: what happened to the store itself (recoveries), kept until the user has seen it, and
    // the store's identity and change count, so a backup is skipped when nothing changed since
    // the newest one (see store/storeMeta.ts). Neither is user data: a restore leaves both.
    version: 5,
    up(db) {
      db.exec(`
        CREATE TABLE store_events (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('damaged', 'empty', 'wal')),
          found_at TEXT NOT NULL,
          moved_to TEXT NOT NULL,
          reason TEXT NOT NULL,
          latest_backup TEXT,
          seen_at TEXT
        ) STRICT;
        CREATE TABLE store_meta (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          store_id TEXT NOT NULL,
          generation INTEGER NOT NULL
        ) STRICT;
        INSERT INTO store_meta (id, store_id, generation) VALUES (1, lower(hex(randomblob(16))), 0);
      `);
    },
  },
  {
    // v6: the user's own partnerships (Mine partnerskaber), their partners, the notes that belong
    // to them, and the append-only history of factor assessments (electron/services/partnerships).
    // The notes' free-text `partnership` values become partnerships; the column stays as it was.
    version: 6,
    up(db) {
      db.exec(`
        CREATE TABLE my_partnerships (id TEXT PRIMARY KEY, name TEXT NOT NULL, period_start TEXT, period_end TEXT, target_group TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL DEFAULT '', migrated_from TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
        CREATE TABLE my_partnership_partners (partnership_id TEXT NOT NULL REFERENCES my_partnerships(id) ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, sector TEXT NOT NULL CHECK (sector IN ('kommune','frivillig','virksomhed','uddannelse-kultur')), PRIMARY KEY (partnership_id, position)) STRICT;
        CREATE TABLE my_partnership_notes (partnership_id TEXT NOT NULL REFERENCES my_partnerships(id) ON DELETE CASCADE, note_id TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (partnership_id, note_id)) STRICT;
        CREATE INDEX my_partnership_notes_by_note ON my_partnership_notes (note_id);
        CREATE TABLE my_partnership_assessments (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, partnership_id TEXT NOT NULL REFERENCES my_partnerships(id) ON DELETE CASCADE, factor_id TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('styrke','opmaerksomhed','ikke-relevant','ikke-vurderet')), comment TEXT NOT NULL DEFAULT '', assessed_on TEXT NOT NULL, recorded_at TEXT NOT NULL) STRICT;
        CREATE INDEX my_partnership_assessments_by_partnership ON my_partnership_assessments (partnership_id, assessed_on);
      `);
      adoptFreeTextPartnerships(db, new Date().toISOString());
    },
  },
  // v7: note ids in lower case (see lowercaseIds.ts).
  { version: 7, up: lowercaseNoteIds },
  // v8: drafts and the handout trash (electron/services/drafts/draftsMigration.ts).
  DRAFTS_MIGRATION,
  // v9: the trash of the user's partnerships (partnerships/trashMigration.ts).
  PARTNERSHIP_TRASH_MIGRATION,
];

/** Throws unless the versions run 1, 2, 3, … in order (a misplaced step would skip or repeat). */
export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new Error(
        `Migration nr. ${index + 1} har version ${m.version}; forventet ${index + 1}.`,
      );
    }
  });
}

assertOrdered(MIGRATIONS);

export const LATEST_VERSION = MIGRATIONS.length;

/** Tables that hold user data, parents before children (the order a restore copies them in). */
export const DATA_TABLES = [
  'notes',
  'note_factors',
  'note_links',
  'handouts',
  'handout_items',
  'my_partnerships',
  'my_partnership_partners',
  'my_partnership_notes',
  'my_partnership_assessments',
];

/** True when any user-data table has a row (notes, also trashed ones, or handouts). */
export function hasUserData(db: Database.Database): boolean {
  return DATA_TABLES.some(
    (table) => db.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get() !== undefined,
  );
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function refuseNewer(db: Database.Database, version: number): void {
  if (version > LATEST_VERSION) throw new StoreTooNewError(db.name, version, LATEST_VERSION);
}

/**
 * Applies every pending migration in one IMMEDIATE transaction; returns the versions applied.
 * The version is read once without a lock (an up-to-date store takes no write lock) and read
 * again inside the transaction, so two processes opening a fresh folder at once migrate it once.
 */
export function migrate(db: Database.Database, target: number = LATEST_VERSION): number[] {
  const before = schemaVersion(db);
  refuseNewer(db, before);
  if (before >= target) return [];
  const applied = db
    .transaction(() => {
      const from = schemaVersion(db);
      refuseNewer(db, from);
      const pending = MIGRATIONS.filter((m) => m.version > from && m.version <= target);
      for (const migration of pending) {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
      return pending.map((m) => m.version);
    })
    .immediate();
  // Fresh statistics for the planner after the schema changed (cheap; a no-op when nothing is due).
  if (applied.length > 0) db.pragma('optimize');
  return applied;
}
