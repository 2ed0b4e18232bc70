// Who wrote a shared note, for the handouts that cite it (their editor row and every export).
import type Database from 'better-sqlite3';
import type { NoteByline } from '../../../shared/handout/types';
import { parseHlc } from './hlc';
import { getItemByLocal } from './teamQueries';

function firstAuthor(db: Database.Database, id: string): string | undefined {
  const row = db
    .prepare(
      "SELECT author FROM team_changes WHERE kind = 'note' AND item_id = :id AND parents = '[]' ORDER BY hlc LIMIT 1",
    )
    .get({ id }) as { author: string } | undefined;
  return row?.author;
}

/**
 * The byline of a note that is shared and has been written to the folder; undefined for a private
 * note (it is the user's own and has never left the machine: naming anyone would add nothing).
 */
export function noteBylineOf(db: Database.Database, localId: string): NoteByline | undefined {
  const row = getItemByLocal(db, 'note', localId);
  if (!row?.shared || !row.author) return undefined;
  const clock = parseHlc(row.hlc);
  return {
    createdBy: firstAuthor(db, row.id) ?? row.author,
    changedBy: row.author,
    changedAt: clock ? new Date(clock.wall).toISOString() : null,
  };
}
