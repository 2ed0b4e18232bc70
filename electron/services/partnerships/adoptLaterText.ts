// After migration v6, the notes' editor still has its free-text partnership field. This brings
// such text in on request: a value that names an existing partnership (its name, or the text it
// was made from; case and surrounding space aside) links the note to it, any other value becomes
// a new partnership. Notes already linked are left as they are; nothing is removed. Text naming a
// partnership in the trash is left as text: the user has just deleted that partnership.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

export interface AdoptReport {
  added: number;
  notesLinked: number;
}

const keyOf = (text: string): string => text.trim().toLocaleLowerCase('da');

export function adoptLaterFreeText(db: Database.Database, now: string): AdoptReport {
  // Text → partnership id; null for a partnership in the trash (its text is left alone).
  const known = new Map<string, string | null>();
  const partnerships = db
    .prepare(
      `SELECT id, name, migrated_from, deleted_at FROM my_partnerships
       ORDER BY deleted_at IS NOT NULL, created_at`,
    )
    .all() as {
    id: string;
    name: string;
    migrated_from: string | null;
    deleted_at: string | null;
  }[];
  for (const p of partnerships) {
    for (const text of [p.migrated_from, p.name]) {
      if (text && !known.has(keyOf(text))) known.set(keyOf(text), p.deleted_at ? null : p.id);
    }
  }
  const notes = db
    .prepare(
      `SELECT n.id, n.partnership FROM notes AS n
       WHERE n.partnership IS NOT NULL AND trim(n.partnership) <> '' AND n.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM my_partnership_notes AS l WHERE l.note_id = n.id)
       ORDER BY n.seq`,
    )
    .all() as { id: string; partnership: string }[];
  const insert = db.prepare(
    `INSERT INTO my_partnerships (id, name, migrated_from, created_at, updated_at)
     VALUES (@id, @name, @name, @now, @now)`,
  );
  const link = db.prepare(
    `INSERT OR IGNORE INTO my_partnership_notes (partnership_id, note_id, position)
     VALUES (@partnershipId, @noteId,
       (SELECT count(*) FROM my_partnership_notes WHERE partnership_id = @partnershipId))`,
  );
  const report: AdoptReport = { added: 0, notesLinked: 0 };
  for (const note of notes) {
    const key = keyOf(note.partnership);
    let partnershipId = known.get(key);
    if (partnershipId === null) continue;
    if (!partnershipId) {
      partnershipId = crypto.randomUUID();
      insert.run({ id: partnershipId, name: note.partnership.trim(), now });
      known.set(key, partnershipId);
      report.added++;
    }
    report.notesLinked += link.run({ partnershipId, noteId: note.id }).changes;
  }
  return report;
}
