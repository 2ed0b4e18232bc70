// Part of schema migration v6 (store/migrations.ts): every distinct free-text `partnership` value
// of the notes (trashed notes too, they may come back) becomes one of the user's partnerships,
// and its notes belong to it. Values that differ only in case or surrounding space are one
// partnership, named as first written. The notes keep their text; nothing is removed.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

interface FreeTextRow {
  id: string;
  partnership: string;
}

export function adoptFreeTextPartnerships(db: Database.Database, now: string): number {
  const rows = db
    .prepare(
      `SELECT id, partnership FROM notes
       WHERE partnership IS NOT NULL AND trim(partnership) <> '' ORDER BY seq`,
    )
    .all() as FreeTextRow[];
  const byKey = new Map<string, { name: string; notes: string[] }>();
  for (const row of rows) {
    const name = row.partnership.trim();
    const key = name.toLocaleLowerCase('da');
    const entry = byKey.get(key) ?? { name, notes: [] };
    entry.notes.push(row.id);
    byKey.set(key, entry);
  }
  const insertPartnership = db.prepare(
    `INSERT INTO my_partnerships (id, name, migrated_from, created_at, updated_at)
     VALUES (@id, @name, @name, @now, @now)`,
  );
  const link = db.prepare(
    `INSERT INTO my_partnership_notes (partnership_id, note_id, position)
     VALUES (@partnershipId, @noteId, @position)`,
  );
  for (const { name, notes } of byKey.values()) {
    const id = crypto.randomUUID();
    insertPartnership.run({ id, name, now });
    notes.forEach((noteId, position) => link.run({ partnershipId: id, noteId, position }));
  }
  return byKey.size;
}
