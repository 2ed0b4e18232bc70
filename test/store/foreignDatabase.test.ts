// Another program's SQLite file where samspil.db should be (issue 12, item 22) is refused with a
// clear message, and left exactly as it was: not migrated, not moved aside, not switched to WAL.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli/runCliCaptured';
import { tempDirsRemovedAfterEach } from './fixtures';

const dataDir = tempDirsRemovedAfterEach();

function foreignFile(dir: string, sql: string, userVersion = 0): string {
  const file = path.join(dir, 'samspil.db');
  const db = new Database(file);
  db.exec(sql);
  db.pragma(`user_version = ${userVersion}`);
  db.close();
  return file;
}

const hash = (file: string): string =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('a foreign SQLite file', () => {
  it.each([
    [
      'with tables of its own',
      "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('a')",
      0,
      'contacts',
    ],
    [
      'with a table called notes',
      'CREATE TABLE notes (x INTEGER); CREATE TABLE tags (y)',
      0,
      'notes, tags',
    ],
    ['claiming a newer schema', 'CREATE TABLE orders (id INTEGER)', 42, 'orders'],
    ['claiming an old Samspil schema', 'CREATE TABLE orders (id INTEGER)', 2, 'orders'],
  ])('%s is refused and left unchanged', async (_name, sql, version, tables) => {
    const dir = dataDir();
    const file = foreignFile(dir, sql, version);
    const before = hash(file);
    const result = await runCliCaptured(dir, 'notes', 'list');
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `${file} er en SQLite-database fra et andet program (tabeller: ${tables})`,
    );
    expect(result.err).toMatch(/filen er ikke ændret/);
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['samspil.db']);
  });
});
