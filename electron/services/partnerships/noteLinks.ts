// Which of the user's partnerships a note belongs to, read and written from the note's side (the
// note editor's chooser). The links live with the partnerships (my_partnership_notes); the notes
// service calls these inside its own write transaction, so a note and its links are saved as one.
import type Database from 'better-sqlite3';
import { ApiError, apiIssue } from '../../../shared/errors/apiError';

/** Ids of the live partnerships the note belongs to, by partnership name. */
export function partnershipIdsOfNote(db: Database.Database, noteId: string): string[] {
  const rows = db
    .prepare(
      `SELECT p.id FROM my_partnership_notes AS l JOIN my_partnerships AS p ON p.id = l.partnership_id
       WHERE l.note_id = @noteId AND p.deleted_at IS NULL
       ORDER BY p.name COLLATE NOCASE, p.created_at`,
    )
    .all({ noteId }) as { id: string }[];
  return rows.map((r) => r.id);
}

function refuseUnknown(db: Database.Database, ids: string[]): void {
  const live = db.prepare(`SELECT 1 FROM my_partnerships WHERE id = @id AND deleted_at IS NULL`);
  const issues = ids.flatMap((id, i) =>
    live.get({ id }) ? [] : [apiIssue('partnership-not-found', { id }, ['partnershipIds', i])],
  );
  if (issues.length > 0) throw new ApiError('invalid-input', issues);
}

/**
 * Makes the note belong to exactly `ids` among the live partnerships. Links to partnerships in
 * the trash are left alone (undo brings them back whole); a partnership whose notes changed gets
 * a newer `updatedAt`, so its export carries the change.
 */
export function setNotePartnerships(
  db: Database.Database,
  noteId: string,
  ids: string[],
  now: Date,
): void {
  const wanted = [...new Set(ids)];
  refuseUnknown(db, wanted);
  const current = partnershipIdsOfNote(db, noteId);
  const removed = current.filter((id) => !wanted.includes(id));
  const added = wanted.filter((id) => !current.includes(id));
  const unlink = db.prepare(
    `DELETE FROM my_partnership_notes WHERE partnership_id = @id AND note_id = @noteId`,
  );
  const link = db.prepare(
    `INSERT OR IGNORE INTO my_partnership_notes (partnership_id, note_id, position)
     VALUES (@id, @noteId,
       (SELECT coalesce(max(position), -1) + 1 FROM my_partnership_notes WHERE partnership_id = @id))`,
  );
  const touch = db.prepare(`SELECT updated_at FROM my_partnerships WHERE id = @id`);
  const stamp = db.prepare(`UPDATE my_partnerships SET updated_at = @at WHERE id = @id`);
  for (const id of removed) unlink.run({ id, noteId });
  for (const id of added) link.run({ id, noteId });
  for (const id of [...removed, ...added]) {
    const before = (touch.get({ id }) as { updated_at: string }).updated_at;
    const at = new Date(Math.max(now.getTime(), Date.parse(before) + 1)).toISOString();
    stamp.run({ id, at });
  }
}
