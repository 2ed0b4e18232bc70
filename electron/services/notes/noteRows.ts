// Queries over the notes tables: free functions taking the database first, prepared statements
// with named parameters, and explicit row→Note mapping. The FTS index is written here too, inside
// the caller's transaction, so it never drifts from the notes.
import type Database from 'better-sqlite3';
import type { Note } from '../../../shared/notes/types';
import { prepared } from '../store/prepared';
import { ftsText } from './noteText';

export interface NoteRow {
  seq: number;
  id: string;
  title: string;
  body: string;
  partnership: string | null;
  organisations: string;
  about_date: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface TagRow {
  note_id: string;
  value: string;
}

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function rowToNote(
  row: NoteRow,
  factors: string[],
  links: string[],
  partnershipIds: string[] = [],
): Note {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    partnership: row.partnership,
    organisations: parseList(row.organisations),
    aboutDate: row.about_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    factors,
    links,
    partnershipIds,
  };
}

function groupTags(rows: TagRow[]): Map<string, string[]> {
  const byNote = new Map<string, string[]>();
  for (const row of rows) {
    const list = byNote.get(row.note_id);
    if (list) list.push(row.value);
    else byNote.set(row.note_id, [row.value]);
  }
  return byNote;
}

/** Maps rows to notes, loading their factors, links and partnerships in three queries. */
export function rowsToNotes(db: Database.Database, rows: NoteRow[]): Note[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const factors = groupTags(
    prepared(
      db,
      `SELECT note_id, factor_id AS value FROM note_factors
         WHERE note_id IN (SELECT value FROM json_each(:ids)) ORDER BY note_id, position`,
    ).all({ ids }) as TagRow[],
  );
  const links = groupTags(
    prepared(
      db,
      `SELECT note_id, target_id AS value FROM note_links
         WHERE note_id IN (SELECT value FROM json_each(:ids)) ORDER BY note_id, position`,
    ).all({ ids }) as TagRow[],
  );
  const partnerships = groupTags(
    prepared(
      db,
      `SELECT l.note_id, l.partnership_id AS value FROM my_partnership_notes AS l
         JOIN my_partnerships AS p ON p.id = l.partnership_id
         WHERE p.deleted_at IS NULL AND l.note_id IN (SELECT value FROM json_each(:ids))
         ORDER BY l.note_id, p.name COLLATE NOCASE, p.created_at`,
    ).all({ ids }) as TagRow[],
  );
  return rows.map((r) =>
    rowToNote(r, factors.get(r.id) ?? [], links.get(r.id) ?? [], partnerships.get(r.id) ?? []),
  );
}

export function getNoteRow(db: Database.Database, id: string): NoteRow | undefined {
  return prepared(db, 'SELECT * FROM notes WHERE id = :id').get({ id }) as NoteRow | undefined;
}

export function listNoteRows(
  db: Database.Database,
  filter: { factor?: string; link?: string; limit?: number; ids?: string[] },
): NoteRow[] {
  return prepared(
    db,
    `SELECT * FROM notes AS n
       WHERE n.deleted_at IS NULL
         AND (:factor IS NULL OR EXISTS (
           SELECT 1 FROM note_factors AS f WHERE f.note_id = n.id AND f.factor_id = :factor))
         AND (:link IS NULL OR EXISTS (
           SELECT 1 FROM note_links AS l WHERE l.note_id = n.id AND l.target_id = :link))
         AND (:ids IS NULL OR n.id IN (SELECT value FROM json_each(:ids)))
       ORDER BY n.updated_at DESC, n.seq DESC
       LIMIT :limit`,
  ).all({
    factor: filter.factor ?? null,
    link: filter.link ?? null,
    ids: filter.ids ? JSON.stringify(filter.ids) : null,
    limit: filter.limit ?? -1,
  }) as NoteRow[];
}

export function countLiveNotes(db: Database.Database): number {
  const row = prepared(db, 'SELECT count(*) AS n FROM notes WHERE deleted_at IS NULL').get() as {
    n: number;
  };
  return row.n;
}

function writeTags(db: Database.Database, note: Note): void {
  prepared(db, 'DELETE FROM note_factors WHERE note_id = :id').run({ id: note.id });
  prepared(db, 'DELETE FROM note_links WHERE note_id = :id').run({ id: note.id });
  insertTags(db, note);
}

function insertTags(db: Database.Database, note: Note): void {
  const factor = prepared(
    db,
    'INSERT OR IGNORE INTO note_factors (note_id, factor_id, position) VALUES (:id, :value, :position)',
  );
  note.factors.forEach((value, position) => factor.run({ id: note.id, value, position }));
  const link = prepared(
    db,
    'INSERT OR IGNORE INTO note_links (note_id, target_id, position) VALUES (:id, :value, :position)',
  );
  note.links.forEach((value, position) => link.run({ id: note.id, value, position }));
}

export function indexNote(db: Database.Database, seq: number, title: string, body: string): void {
  prepared(db, 'DELETE FROM notes_fts WHERE rowid = :seq').run({ seq });
  prepared(db, 'INSERT INTO notes_fts (rowid, title, body) VALUES (:seq, :title, :body)').run({
    seq,
    title: ftsText(title),
    body: ftsText(body),
  });
}

/** Inserts a note that is known to be new (the fast path of create). */
export function insertNote(db: Database.Database, note: Note): void {
  const row = prepared(
    db,
    `INSERT INTO notes (id, title, body, partnership, organisations, about_date, created_at,
       updated_at)
     VALUES (:id, :title, :body, :partnership, :organisations, :aboutDate, :createdAt, :updatedAt)`,
  ).run(noteParams(note));
  insertTags(db, note);
  prepared(db, 'INSERT INTO notes_fts (rowid, title, body) VALUES (:seq, :title, :body)').run({
    seq: row.lastInsertRowid,
    title: ftsText(note.title),
    body: ftsText(note.body),
  });
}

function noteParams(note: Note): Record<string, string | null> {
  return {
    id: note.id,
    title: note.title,
    body: note.body,
    partnership: note.partnership,
    organisations: JSON.stringify(note.organisations),
    aboutDate: note.aboutDate,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}

/** Inserts a new note, or overwrites the one with the same id (and takes it out of the trash). */
export function writeNote(db: Database.Database, note: Note): void {
  const params = noteParams(note);
  const row = prepared(
    db,
    `INSERT INTO notes (id, title, body, partnership, organisations, about_date, created_at,
         updated_at, deleted_at)
       VALUES (:id, :title, :body, :partnership, :organisations, :aboutDate, :createdAt,
         :updatedAt, NULL)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body,
         partnership = excluded.partnership, organisations = excluded.organisations,
         about_date = excluded.about_date, created_at = excluded.created_at,
         updated_at = excluded.updated_at, deleted_at = NULL
       RETURNING seq`,
  ).get(params) as { seq: number };
  writeTags(db, note);
  indexNote(db, row.seq, note.title, note.body);
}

/**
 * Moves notes to the trash (`deletedAt` set) or back (null); returns how many changed. Notes in
 * the trash leave the FTS index and come back into it when restored.
 */
export function setDeleted(db: Database.Database, ids: string[], deletedAt: string | null): number {
  const stmt = prepared(
    db,
    `UPDATE notes SET deleted_at = :deletedAt
     WHERE id = :id AND (deleted_at IS NULL) = (:deletedAt IS NOT NULL)
     RETURNING seq, title, body`,
  );
  let changed = 0;
  for (const id of ids) {
    const row = stmt.get({ id, deletedAt }) as
      { seq: number; title: string; body: string } | undefined;
    if (!row) continue;
    changed++;
    if (deletedAt === null) indexNote(db, row.seq, row.title, row.body);
    else prepared(db, 'DELETE FROM notes_fts WHERE rowid = :seq').run({ seq: row.seq });
  }
  return changed;
}

/** True when some trash entry was deleted before `cutoff` (a read; uses the partial trash index). */
export function hasTrashBefore(db: Database.Database, cutoff: string): boolean {
  return (
    prepared(
      db,
      'SELECT 1 FROM notes WHERE deleted_at IS NOT NULL AND deleted_at < :cutoff LIMIT 1',
    ).get({ cutoff }) !== undefined
  );
}

/** Removes trash entries deleted before `cutoff` for good; returns how many. */
export function purgeTrash(db: Database.Database, cutoff: string): number {
  const rows = prepared(
    db,
    'SELECT seq FROM notes WHERE deleted_at IS NOT NULL AND deleted_at < :cutoff',
  ).all({ cutoff }) as { seq: number }[];
  // Trashed notes are already out of the FTS index (see setDeleted).
  const drop = prepared(db, 'DELETE FROM notes WHERE seq = :seq');
  for (const { seq } of rows) drop.run({ seq });
  return rows.length;
}

/** Rebuilds the whole FTS index from the live notes (after a restore). */
export function rebuildIndex(db: Database.Database): void {
  db.exec(`INSERT INTO notes_fts (notes_fts) VALUES ('delete-all')`);
  const rows = prepared(
    db,
    'SELECT seq, title, body FROM notes WHERE deleted_at IS NULL',
  ).all() as {
    seq: number;
    title: string;
    body: string;
  }[];
  const insert = prepared(db, 'INSERT INTO notes_fts (rowid, title, body) VALUES (:seq, :t, :b)');
  for (const row of rows) insert.run({ seq: row.seq, t: ftsText(row.title), b: ftsText(row.body) });
}
