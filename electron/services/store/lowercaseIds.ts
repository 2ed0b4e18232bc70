// Migration v5: note ids in lower case. An import once kept a UUID as written, so the same note
// in capitals and in lower case became two notes; ids are now lower-cased wherever they enter,
// and this brings stored ones in line. Where the lower-case id is taken already, the capitalised
// note gets a new id instead: both notes stay, nothing is merged away.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

interface IdRow {
  id: string;
}

export function lowercaseNoteIds(db: Database.Database): void {
  const rows = db.prepare('SELECT id FROM notes WHERE id <> lower(id)').all() as IdRow[];
  if (rows.length === 0) return;
  // Children are moved along with their note inside this transaction; checked at commit.
  db.pragma('defer_foreign_keys = ON');
  const taken = db.prepare('SELECT 1 FROM notes WHERE id = :id');
  const moves = [
    'UPDATE notes SET id = :to WHERE id = :from',
    'UPDATE note_factors SET note_id = :to WHERE note_id = :from',
    'UPDATE note_links SET note_id = :to WHERE note_id = :from',
    "UPDATE handout_items SET ref = :to WHERE kind = 'note' AND ref = :from",
  ].map((sql) => db.prepare(sql));
  for (const { id } of rows) {
    const lower = id.toLowerCase();
    const to = taken.get({ id: lower }) ? crypto.randomUUID() : lower;
    for (const move of moves) move.run({ from: id, to });
  }
}
