// The trash of the user's partnerships: a deleted partnership keeps every row (partners, note
// links, assessments) and is only hidden, so undo restores all of it; a purge after TRASH_DAYS
// removes it for good. Free functions over `db`; transactions are the caller's.
import type Database from 'better-sqlite3';
import type { DeletionImpact } from '../../../shared/partnerships/types';

export function countsOf(
  db: Database.Database,
  id: string,
): Pick<DeletionImpact, 'assessments' | 'notes'> {
  const assessments = db
    .prepare(`SELECT count(*) AS n FROM my_partnership_assessments WHERE partnership_id = @id`)
    .get({ id }) as { n: number };
  const notes = db
    .prepare(
      `SELECT count(*) AS n FROM my_partnership_notes AS l JOIN notes AS n ON n.id = l.note_id
       WHERE l.partnership_id = @id AND n.deleted_at IS NULL`,
    )
    .get({ id }) as { n: number };
  return { assessments: assessments.n, notes: notes.n };
}

/** Moves a live partnership to the trash; false when there was none. */
export function trashPartnership(db: Database.Database, id: string, now: string): boolean {
  return (
    db
      .prepare(`UPDATE my_partnerships SET deleted_at = @now WHERE id = @id AND deleted_at IS NULL`)
      .run({ id, now }).changes > 0
  );
}

/** Takes a partnership out of the trash; false when it is not there. */
export function untrashPartnership(db: Database.Database, id: string): boolean {
  return (
    db
      .prepare(
        `UPDATE my_partnerships SET deleted_at = NULL WHERE id = @id AND deleted_at IS NOT NULL`,
      )
      .run({ id }).changes > 0
  );
}

/** True when a partnership was put in the trash before `cutoff` (a read: no write lock). */
export function hasPartnershipTrashBefore(db: Database.Database, cutoff: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM my_partnerships WHERE deleted_at IS NOT NULL AND deleted_at < @cutoff LIMIT 1`,
      )
      .get({ cutoff }) !== undefined
  );
}

/** Removes partnerships trashed before `cutoff` for good (their rows cascade); returns how many. */
export function purgePartnershipTrash(db: Database.Database, cutoff: string): number {
  return db
    .prepare(`DELETE FROM my_partnerships WHERE deleted_at IS NOT NULL AND deleted_at < @cutoff`)
    .run({ cutoff }).changes;
}
