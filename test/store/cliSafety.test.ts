// Issue 12 items 1–5 and 21 from the command line: the real CLI entry over the real services,
// real SQLite files in temp folders; only stdout and stderr are captured.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXIT_RECOVERED } from '../../electron/cli/main';
import { checkFile, listBackups } from '../../electron/services/store/backups';
import type { Note } from '../../shared/notes/types';
import { tempDir } from './fixtures';
import { runCliCaptured } from '../cli/runCliCaptured';

let root = '';
let data = '';
beforeEach(() => {
  root = tempDir('samspil-cli-safety-');
  data = path.join(root, 'data');
});
afterEach(() => {
  vi.restoreAllMocks();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCliCaptured(data, ...args);

async function addNotes(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const added = await cli('notes', 'add', '--title', `Note ${i}`, '--body', `tekst ${i}`);
    expect(added.code).toBe(0);
  }
}

async function titles(): Promise<string[]> {
  const listed = await cli('notes', 'list', '--json');
  return (JSON.parse(listed.out) as Note[]).map((n) => n.title).sort();
}

describe('exports never land on the store (item 1)', () => {
  it('refuses a handout export onto samspil.db, and the notes stay', async () => {
    await addNotes(3);
    const db = path.join(data, 'samspil.db');
    const before = await titles();
    const run = await cli(
      'handout',
      'export',
      '--items',
      'citat-aftenskole-kontrakt',
      '--title',
      'x',
      '--format',
      'html',
      '--out',
      db,
      '--force',
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/datamappe/);
    expect(await titles()).toEqual(before);
    expect(checkFile(db)).toBe('ok');
  });

  it('refuses a notes export onto a backup, which stays a valid backup', async () => {
    await addNotes(2);
    const backup = JSON.parse((await cli('notes', 'backup', '--json')).out) as { path: string };
    const bytes = fs.readFileSync(backup.path);
    const run = await cli('notes', 'export', '--out', backup.path, '--force');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/sikkerhedskopier/);
    expect(fs.readFileSync(backup.path).equals(bytes)).toBe(true);
    // Inside the folders too, not only onto their files.
    const inside = await cli('notes', 'export', '--out', path.join(data, 'ny', 'noter.json'));
    expect(inside.code).toBe(1);
    expect(fs.existsSync(path.join(data, 'ny'))).toBe(false);
  });

  it('refuses to write over any SQLite database or -wal file, wherever it is', async () => {
    await addNotes(1);
    const other = path.join(root, 'andet.db');
    const db = new Database(other);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    fs.copyFileSync(`${other}-wal`, path.join(root, 'kopi.txt'));
    db.close();
    fs.writeFileSync(`${other}-shm`, 'arbejdsfil');
    for (const target of [other, path.join(root, 'kopi.txt'), `${other}-shm`]) {
      const run = await cli('notes', 'export', '--out', target, '--force');
      expect(run.code, target).toBe(1);
      expect(run.err).toMatch(/SQLite/);
    }
    expect(checkFile(other)).toBe('ok');
  });
});

describe('existing targets (item 2)', () => {
  it('refuses an existing file without --force, and keeps its mode when replacing it', async () => {
    await addNotes(1);
    const target = path.join(root, 'existing.txt');
    fs.writeFileSync(target, 'mit eget');
    fs.chmodSync(target, 0o600);
    const refused = await cli('notes', 'export', '--out', target);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/findes allerede.*--force/);
    expect(fs.readFileSync(target, 'utf8')).toBe('mit eget');
    const forced = await cli('notes', 'export', '--out', target, '--force');
    expect(forced.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(target, 'utf8'))).toMatchObject({ format: 'samspil-notes' });
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    const handout = await cli(
      'handout',
      'export',
      '--items',
      'citat-aftenskole-kontrakt',
      '--title',
      'x',
      '--format',
      'md',
      '--out',
      target,
    );
    expect(handout.code).toBe(1);
  });

  it('a repeated Markdown export replaces only its own files, never the user’s', async () => {
    await addNotes(2);
    const folder = path.join(root, 'md');
    expect((await cli('notes', 'export', '--format', 'markdown', '--out', folder)).code).toBe(0);
    fs.writeFileSync(path.join(folder, 'mine-noter.txt'), 'skrevet af brugeren');
    fs.writeFileSync(path.join(folder, 'udkast.md'), 'også brugerens');
    const again = await cli('notes', 'export', '--format', 'markdown', '--out', folder);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/tidligere eksport.*--force/);
    const ids = (JSON.parse((await cli('notes', 'list', '--json')).out) as Note[]).map((n) => n.id);
    expect((await cli('notes', 'delete', ids[0] as string)).code).toBe(0);
    const forced = await cli('notes', 'export', '--format', 'markdown', '--out', folder, '--force');
    expect(forced.code).toBe(0);
    const names = fs.readdirSync(folder).sort();
    expect(names).toContain('mine-noter.txt');
    expect(names).toContain('udkast.md');
    // One note left: its file, the two of the user, and the marker.
    expect(names.filter((n) => /-[0-9a-f]{8}\.md$/.test(n))).toHaveLength(1);
    expect(fs.readFileSync(path.join(folder, 'mine-noter.txt'), 'utf8')).toBe(
      'skrevet af brugeren',
    );
  });
});

describe('recoveries are reported until seen (item 3)', () => {
  it('says so, exits non-zero on the finding command, and keeps saying so in later ones', async () => {
    await addNotes(3);
    expect((await cli('notes', 'backup')).code).toBe(0);
    const db = path.join(data, 'samspil.db');
    fs.writeFileSync(db, Buffer.alloc(64 * 1024, 0x5a));
    for (const suffix of ['-wal', '-shm']) fs.rmSync(db + suffix, { force: true });

    const found = await cli('notes', 'add', '--title', 'efter skaden', '--body', '');
    expect(found.code).toBe(EXIT_RECOVERED);
    expect(found.out).toMatch(/Gemt/);
    expect(found.err).toMatch(/Gendannet: .*samspil-beskadiget-/);
    expect(found.err).toMatch(/Nyeste sikkerhedskopi fra før: samspil-/);

    const later = await cli('notes', 'list');
    expect(later.code).toBe(0);
    expect(later.err).toMatch(/Gendannet/);
    const status = await cli('notes', 'status');
    expect(status.out).toMatch(/Gendannet: .*samspil-beskadiget-/);
    expect((await cli('search', 'tillid')).err).toMatch(/Gendannet/);

    expect((await cli('notes', 'status', '--seen')).code).toBe(0);
    const after = await cli('notes', 'list');
    expect(after.err).not.toMatch(/Gendannet/);
    expect(after.out).toMatch(/efter skaden/);
  });

  it('never prunes the newest backup taken before a recovery', async () => {
    await addNotes(2);
    const before = JSON.parse((await cli('notes', 'backup', '--json')).out) as { name: string };
    fs.writeFileSync(path.join(data, 'samspil.db'), Buffer.alloc(8192, 1));
    await cli('notes', 'add', '--title', 'ny', '--body', '');
    for (let i = 0; i < 12; i++) expect((await cli('notes', 'backup')).code).toBe(0);
    const names = listBackups(path.join(data, 'backups')).map((b) => b.name);
    expect(names).toContain(before.name);
  });
});

describe('dates stay in range (item 4)', () => {
  const file = (updatedAt: string) => ({
    format: 'samspil-notes',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    notes: [
      {
        id: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e',
        title: 'Grænse',
        body: '',
        partnership: null,
        organisations: [],
        aboutDate: null,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt,
        factors: [],
        links: [],
      },
    ],
  });

  it('refuses a stamp past the range, and always imports its own export after an edit', async () => {
    const far = path.join(root, 'langt-ude.json');
    fs.writeFileSync(far, JSON.stringify(file('9999-12-31T23:59:59.999Z')));
    const refused = await cli('notes', 'import', far);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/updatedAt.*mellem/);

    const edge = path.join(root, 'kanten.json');
    fs.writeFileSync(edge, JSON.stringify(file('2999-12-31T23:59:59.999Z')));
    expect((await cli('notes', 'import', edge)).code).toBe(0);
    const id = file('').notes[0]!.id;
    expect((await cli('notes', 'edit', id, '--title', 'Rettet')).code).toBe(0);
    const out = path.join(root, 'eksport.json');
    expect((await cli('notes', 'export', '--out', out)).code).toBe(0);
    const other = path.join(root, 'anden');
    const again = await runCliIn(other, 'notes', 'import', out);
    expect(again).toBe(0);
  });

  it('exports a stamp stored before the range was enforced inside it', async () => {
    await addNotes(1);
    const db = new Database(path.join(data, 'samspil.db'));
    db.exec(`UPDATE notes SET updated_at = '+010000-01-01T00:00:00.000Z'`);
    db.close();
    const out = path.join(root, 'eksport.json');
    expect((await cli('notes', 'export', '--out', out)).code).toBe(0);
    expect(await runCliIn(path.join(root, 'anden'), 'notes', 'import', out)).toBe(0);
  });
});

async function runCliIn(dataDir: string, ...args: string[]): Promise<number> {
  return (await runCliCaptured(dataDir, ...args)).code;
}

describe('backups (item 5)', () => {
  it('seven no-op imports take no backup and push out no restore point; space is reported', async () => {
    await addNotes(3);
    const file = path.join(root, 'noter.json');
    expect((await cli('notes', 'export', '--out', file)).code).toBe(0);
    const first = JSON.parse((await cli('notes', 'backup', '--json')).out) as { name: string };
    for (let i = 0; i < 7; i++) {
      const run = await cli('notes', 'import', file, '--json');
      expect(JSON.parse(run.out)).toMatchObject({ added: 0, updated: 0, backup: null });
    }
    const listed = await cli('notes', 'backups');
    expect(listed.out).toContain(first.name);
    expect(listed.out).toMatch(/I alt: \d+ sikkerhedskopier, \d+ kB/);
    const status = JSON.parse((await cli('notes', 'status', '--json')).out) as {
      backupSpace: { count: number; bytes: number };
    };
    expect(status.backupSpace.count).toBe(listBackups(path.join(data, 'backups')).length);
    expect(status.backupSpace.bytes).toBeGreaterThan(0);
  });
});

describe('the backup folder the app chose (item 21)', () => {
  it('lists, takes and restores backups in settings.json backupDir', async () => {
    await addNotes(1);
    const chosen = path.join(root, 'valgt-mappe');
    fs.writeFileSync(
      path.join(data, 'settings.json'),
      JSON.stringify({ language: 'da', backupDir: chosen }),
    );
    const taken = JSON.parse((await cli('notes', 'backup', '--json')).out) as {
      path: string;
      name: string;
    };
    expect(path.dirname(taken.path)).toBe(chosen);
    expect((await cli('notes', 'backups')).out).toContain(taken.name);
    expect(fs.existsSync(path.join(data, 'backups', taken.name))).toBe(false);
    expect((await cli('notes', 'restore', taken.name)).code).toBe(0);
    expect((await cli('notes', 'status')).out).toContain(chosen);
  });
});
