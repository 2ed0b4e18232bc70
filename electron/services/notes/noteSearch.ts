// FTS5 search over the notes: stemmed terms, bm25 with the title weighted above the body, and
// spans of the matched words computed in JS on the original text (UTF-16 offsets), only for the
// notes that are shown.
import type Database from 'better-sqlite3';
import type { NoteHighlight, NoteSearchRow, NoteTermQuery } from '../serviceTypes';
import { prepared } from '../store/prepared';
import { rowsToNotes, type NoteRow } from './noteRows';
import { markdownToPlainText } from '../../../shared/content/plainText';
import type { Note } from '../../../shared/notes/types';
import {
  buildNoteQuery,
  buildTermQuery,
  matchSpans,
  noteSnippet,
  type NoteQuery,
} from './noteText';

const TITLE_WEIGHT = 4;
const BODY_WEIGHT = 1;
/**
 * An expanded query may match most notes (any word of it, common words among them); bm25 then
 * ranks only the newest matches, so a keystroke costs the same at 100,000 notes as at 1,000.
 */
export const RANKED_WINDOW = 1000;

export function searchNotes(
  db: Database.Database,
  q: string | NoteTermQuery,
  limit: number,
): NoteSearchRow[] {
  const query = typeof q === 'string' ? buildNoteQuery(q) : buildTermQuery(q);
  if (!query || limit <= 0) return [];
  const rows = typeof q === 'string' ? rankedAll(db, query, limit) : rankedNewest(db, query, limit);
  const notes = rowsToNotes(db, rows);
  return rows.map((row, i) => {
    const note = notes[i] as Note;
    return { note, bm25: row.rank, highlight: () => highlightNote(note, query) };
  });
}

type RankedRow = NoteRow & { rank: number };

function rankedAll(db: Database.Database, query: NoteQuery, limit: number): RankedRow[] {
  return prepared(
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
  ).all({ match: query.match, limit: Math.floor(limit) }) as RankedRow[];
}

function rankedNewest(db: Database.Database, query: NoteQuery, limit: number): RankedRow[] {
  return prepared(
    db,
    // FTS5 walks its matches newest first (rowid order) and stops after the window; only those
    // are scored with bm25 and sorted.
    `SELECT n.*, hits.rank AS rank
     FROM (
       SELECT rowid, rank FROM (
         SELECT rowid, bm25(notes_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT}) AS rank FROM notes_fts
         WHERE notes_fts MATCH :match ORDER BY rowid DESC LIMIT :window
       ) ORDER BY rank LIMIT :limit
     ) AS hits JOIN notes AS n ON n.seq = hits.rowid
     ORDER BY hits.rank`,
  ).all({ match: query.match, window: RANKED_WINDOW, limit: Math.floor(limit) }) as RankedRow[];
}

function highlightNote(note: Note, query: NoteQuery): NoteHighlight {
  // The snippet is shown as text: Markdown syntax (**, #, links) would only be noise there.
  const { snippet, spans } = noteSnippet(markdownToPlainText(note.body), query);
  return { snippet, snippetSpans: spans, titleSpans: matchSpans(note.title, query) };
}
