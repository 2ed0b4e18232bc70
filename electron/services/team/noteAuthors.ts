// Who wrote each note, read from the team tables without migrating them: search asks at every
// keystroke, also from a read-only store or one whose team tables do not exist yet, and a read
// must never wait for the write lock (the tables are created by the team service's first call).
import type Database from 'better-sqlite3';
import type { NoteAuthor, NoteAuthorLookup } from '../serviceTypes';
import { TEAM_SCHEMA_VERSION } from './teamSchema';

const TEAM_TABLES = ['team_schema', 'team_settings', 'team_items', 'team_changes'];

/** Whether the team tables exist, at a version this Samspil reads (checked without migrating). */
export function teamTablesReadable(db: Database.Database): boolean {
  const found = db
    .prepare(
      `SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN (SELECT value FROM json_each(:names))`,
    )
    .get({ names: JSON.stringify(TEAM_TABLES) }) as { n: number };
  if (found.n !== TEAM_TABLES.length) return false;
  const row = db.prepare('SELECT version FROM team_schema').get() as
    { version: number } | undefined;
  // Tables a newer Samspil wrote may mean something else: the team service refuses them too.
  return row !== undefined && row.version >= 1 && row.version <= TEAM_SCHEMA_VERSION;
}

interface AuthorRow {
  localId: string;
  shared: number;
  createdBy: string | null;
  lastAuthor: string;
}

// The first author is the author of the item's oldest change without parents (as `creators` in
// teamQueries.ts); the indexed lookup per note keeps a keystroke's cost at the notes shown.
const AUTHORS_OF = `
  SELECT i.local_id AS localId, i.shared AS shared, i.author AS lastAuthor,
    (SELECT c.author FROM team_changes c
      WHERE c.kind = 'note' AND c.item_id = i.id AND c.parents = '[]'
      ORDER BY c.hlc LIMIT 1) AS createdBy
  FROM team_items i
  WHERE i.kind = 'note' AND i.local_id IN (SELECT value FROM json_each(:ids))`;

/**
 * The authors of notes when this device has joined a team library, else null (notes then have no
 * author). A shared note's author is its first author; a note the folder has not got from this
 * device (private, or shared but not yet written) is the user's own, under their display name.
 */
export function noteAuthorLookup(db: Database.Database): NoteAuthorLookup | null {
  if (!teamTablesReadable(db)) return null;
  const settings = db
    .prepare("SELECT key, value FROM team_settings WHERE key IN ('folder', 'name')")
    .all() as { key: string; value: string }[];
  const setting = (key: string) => settings.find((s) => s.key === key)?.value;
  const own = setting('name') ?? '';
  if (setting('folder') === undefined) return null;
  const statement = db.prepare(AUTHORS_OF);
  return {
    of(localIds) {
      const rows = statement.all({ ids: JSON.stringify(localIds) }) as AuthorRow[];
      const known = new Map(rows.map((r) => [r.localId, r]));
      const authors = new Map<string, NoteAuthor>();
      for (const id of localIds) {
        const row = known.get(id);
        const author = row?.createdBy || row?.lastAuthor || own;
        if (author) authors.set(id, { author, shared: row?.shared === 1 });
      }
      return authors;
    },
  };
}
