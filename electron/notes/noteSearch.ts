// FTS5 search over the notes: stemmed terms, bm25 with the title weighted above the body, and
// spans of the matched words computed in JS on the original text (UTF-16 offsets).
import type Database from 'better-sqlite3';
import type { NoteSearchRow } from '../serviceTypes';
import { prepared } from '../store/prepared';
import { rowsToNotes, type NoteRow } from './noteRows';
import { buildNoteQuery, matchSpans, snippetOf } from './noteText';

const TITLE_WEIGHT = 4;
const BODY_WEIGHT = 1;

export function searchNotes(db: Database.Database, q: string, limit: number): NoteSearchRow[] {
  const query = buildNoteQuery(q);
  if (!query || limit <= 0) return [];
  const rows = prepared(
    db,
    `SELECT n.*, bm25(notes_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT}) AS rank
     FROM notes_fts JOIN notes AS n ON n.seq = notes_fts.rowid
     WHERE notes_fts MATCH :match AND n.deleted_at IS NULL
     ORDER BY rank LIMIT :limit`,
  ).all({ match: query.match, limit: Math.floor(limit) }) as (NoteRow & { rank: number })[];
  const notes = rowsToNotes(db, rows);
  return rows.map((row, i) => {
    const note = notes[i] as (typeof notes)[number];
    const { snippet, spans } = snippetOf(note.body, matchSpans(note.body, query));
    return {
      note,
      bm25: row.rank,
      snippet,
      snippetSpans: spans,
      titleSpans: matchSpans(note.title, query),
    };
  });
}
