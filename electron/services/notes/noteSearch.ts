// FTS5 search over the notes: stemmed terms, bm25 with the title weighted above the body, and
// spans of the matched words computed in JS on the original text (UTF-16 offsets).
import type Database from 'better-sqlite3';
import type { NoteSearchRow } from '../serviceTypes';
import { prepared } from '../store/prepared';
import { rowsToNotes, type NoteRow } from './noteRows';
import { markdownToPlainText } from '../../../shared/content/plainText';
import { buildNoteQuery, matchSpans, snippetOf } from './noteText';

const TITLE_WEIGHT = 4;
const BODY_WEIGHT = 1;

export function searchNotes(db: Database.Database, q: string, limit: number): NoteSearchRow[] {
  const query = buildNoteQuery(q);
  if (!query || limit <= 0) return [];
  const rows = prepared(
    db,
    // Ranked inside FTS5 first (only live notes are indexed), then joined: the join touches
    // `limit` rows, not every match.
    `SELECT n.*, hits.rank AS rank
     FROM (
       SELECT rowid, rank FROM notes_fts
       WHERE notes_fts MATCH :match AND rank MATCH 'bm25(${TITLE_WEIGHT}, ${BODY_WEIGHT})'
       ORDER BY rank LIMIT :limit
     ) AS hits JOIN notes AS n ON n.seq = hits.rowid
     ORDER BY hits.rank`,
  ).all({ match: query.match, limit: Math.floor(limit) }) as (NoteRow & { rank: number })[];
  const notes = rowsToNotes(db, rows);
  return rows.map((row, i) => {
    const note = notes[i] as (typeof notes)[number];
    // The snippet is shown as text: Markdown syntax (**, #, links) would only be noise there.
    const text = markdownToPlainText(note.body);
    const { snippet, spans } = snippetOf(text, matchSpans(text, query));
    return {
      note,
      bm25: row.rank,
      snippet,
      snippetSpans: spans,
      titleSpans: matchSpans(note.title, query),
    };
  });
}
