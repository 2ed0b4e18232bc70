// Builds real database files at each schema version, with data in them, for the migration,
// damage and crash tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { applyPragmas } from '../../electron/services/store/openStore';
import { migrate } from '../../electron/services/store/migrations';
import { ftsText } from '../../electron/services/notes/noteText';

export function tempDir(prefix = 'samspil-store-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A temp folder that is removed again after the current test (call from a test file's top). */
export function tempDirsRemovedAfterEach(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = tempDir();
    dirs.push(dir);
    return dir;
  };
}

export interface FixtureNote {
  id: string;
  title: string;
  body: string;
  factors: string[];
  links: string[];
}

export function fixtureNotes(count: number): FixtureNote[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `Note ${i} om aftenskolerne`,
    body: `Frivillige og kommunen talte om tillid (${i}). ${'Forankring i organisationen. '.repeat(i % 5)}`,
    factors: i % 2 === 0 ? ['relation-gensidig-tillid', 'struktur-kontrakt'] : [],
    links: i % 3 === 0 ? ['citat-aftenskole-kontrakt'] : [],
  }));
}

const STAMP = '2025-01-02T03:04:05.000Z';

/**
 * A database file at schema `version` holding `notes` (and a handout at v3); from v2 on,
 * `trashed` notes are added in the trash (and, as v2 and v3 did, in the FTS index).
 */
export function makeDbAtVersion(
  file: string,
  version: number,
  notes: FixtureNote[],
  trashed: FixtureNote[] = [],
): void {
  const db = new Database(file);
  applyPragmas(db);
  migrate(db, version);
  db.transaction(() => {
    for (const note of [...notes, ...trashed]) {
      const base = {
        id: note.id,
        title: note.title,
        body: note.body,
        created: STAMP,
        updated: STAMP,
      };
      if (version === 1) {
        db.prepare(
          `INSERT INTO notes (id, title, body, factors, links, created_at, updated_at)
           VALUES (:id, :title, :body, :factors, :links, :created, :updated)`,
        ).run({
          ...base,
          factors: JSON.stringify(note.factors),
          links: JSON.stringify(note.links),
        });
      } else {
        db.prepare(
          `INSERT INTO notes (id, title, body, created_at, updated_at)
           VALUES (:id, :title, :body, :created, :updated)`,
        ).run(base);
        note.factors.forEach((f, position) =>
          db
            .prepare('INSERT INTO note_factors VALUES (:id, :f, :position)')
            .run({ id: note.id, f, position }),
        );
        note.links.forEach((l, position) =>
          db
            .prepare('INSERT INTO note_links VALUES (:id, :l, :position)')
            .run({ id: note.id, l, position }),
        );
      }
      // From v4 on, notes in the trash are kept out of the FTS index.
      if (version >= 4 && trashed.includes(note)) continue;
      const { seq } = db.prepare('SELECT seq FROM notes WHERE id = :id').get({ id: note.id }) as {
        seq: number;
      };
      // From v4 on, a trashed note is out of the FTS index.
      if (version >= 4 && trashed.includes(note)) continue;
      db.prepare('INSERT INTO notes_fts (rowid, title, body) VALUES (:seq, :t, :b)').run({
        seq,
        t: ftsText(note.title),
        b: ftsText(note.body),
      });
    }
    // Deleted yesterday: inside the 30 days the trash keeps notes.
    const at = new Date(Date.now() - 86_400_000).toISOString();
    for (const note of trashed) {
      db.prepare(`UPDATE notes SET deleted_at = :at WHERE id = :id`).run({ at, id: note.id });
    }
    if (version >= 3) {
      db.prepare(
        `INSERT INTO handouts (id, title, created_at, updated_at) VALUES ('h1', 'Workshop', :s, :s)`,
      ).run({ s: STAMP });
      db.prepare(
        `INSERT INTO handout_items (handout_id, position, kind, ref) VALUES ('h1', 0, 'quote', 'citat-x')`,
      ).run();
    }
  })();
  db.close();
}

/** The notes of any schema version as comparable plain data (for old-or-new-state checks). */
export function readNotes(file: string): FixtureNote[] {
  const db = new Database(file, { readonly: false });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const rows = db.prepare('SELECT * FROM notes ORDER BY id').all() as Record<string, string>[];
    return rows.map((r) => {
      const tags = (table: string, column: string): string[] =>
        (
          db
            .prepare(`SELECT ${column} AS v FROM ${table} WHERE note_id = :id ORDER BY position`)
            .all({ id: r.id }) as { v: string }[]
        ).map((t) => t.v);
      return {
        id: r.id as string,
        title: r.title as string,
        body: r.body as string,
        factors:
          version === 1 ? JSON.parse(r.factors as string) : tags('note_factors', 'factor_id'),
        links: version === 1 ? JSON.parse(r.links as string) : tags('note_links', 'target_id'),
      };
    });
  } finally {
    db.close();
  }
}

export function sqliteCheck(file: string): { integrity: string; foreignKeys: unknown[] } {
  const db = new Database(file);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    return { integrity, foreignKeys: db.pragma('foreign_key_check') as unknown[] };
  } finally {
    db.close();
  }
}
