// Damaged-file fixtures: each is handled as the durability rules say. Damage is moved aside with
// a timestamp (never deleted) and a fresh store opens with `recovered` set; trouble that is not
// damage (newer version, read-only file, full disk) is reported and the file left alone.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotesStore } from '../../electron/services/storeServices';
import { LATEST_VERSION } from '../../electron/services/store/migrations';
import { bundleChild, runChild } from './childProcess';
import { fixtureNotes, makeDbAtVersion, sqliteCheck, tempDirsRemovedAfterEach } from './fixtures';

const dataDir = tempDirsRemovedAfterEach();
let child = '';
beforeAll(async () => {
  child = await bundleChild();
});
// Only the bundle's own temp folder: when bundling failed, `child` is '' and its dirname would be
// the working directory (the checkout itself).
afterAll(() => {
  if (child) fs.rmSync(path.dirname(child), { recursive: true, force: true });
});

/** A data dir with a 200-note store and one backup of it. */
function populated(): { dir: string; file: string; backup: string } {
  const dir = dataDir();
  const file = path.join(dir, 'samspil.db');
  makeDbAtVersion(file, LATEST_VERSION, fixtureNotes(200));
  const store = openNotesStore({ dataDir: dir });
  const backup = store.backup('manual').name;
  store.close();
  return { dir, file, backup };
}

function expectRecovered(dir: string, damaged: Buffer, backup: string): void {
  const store = openNotesStore({ dataDir: dir });
  const { recovered, noteCount } = store.status();
  store.close();
  expect(recovered).not.toBeNull();
  expect(recovered?.latestBackup).toBe(backup);
  expect(path.basename(recovered?.movedTo ?? '')).toMatch(/^samspil-beskadiget-\d{8}T\d{9}Z\.db$/);
  // Moved aside, not deleted: the damaged bytes are all still there.
  expect(fs.readFileSync(recovered?.movedTo as string).subarray(0, 4096)).toEqual(
    damaged.subarray(0, 4096),
  );
  expect(noteCount).toBe(0);
  expect(sqliteCheck(path.join(dir, 'samspil.db')).integrity).toBe('ok');
  // The newest backup is intact and can be restored into the fresh store.
  const again = openNotesStore({ dataDir: dir });
  expect(again.restoreBackup(backup).noteCount).toBe(200);
  again.close();
}

describe('damaged files', () => {
  it('truncated file: moved aside, fresh store, newest backup offered', () => {
    const { dir, file, backup } = populated();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    expectRecovered(dir, fs.readFileSync(file), backup);
  });

  it('garbage header: moved aside', () => {
    const { dir, file, backup } = populated();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.from('this is not a database file at all!!'), 0, 36, 0);
    fs.closeSync(fd);
    expectRecovered(dir, fs.readFileSync(file), backup);
  });

  it('a zeroed page: integrity_check finds it, moved aside', () => {
    const { dir, file, backup } = populated();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096), 0, 4096, 4096 * 3);
    fs.closeSync(fd);
    expectRecovered(dir, fs.readFileSync(file), backup);
  });

  it('a -wal from another database: the damage it does is found, moved aside', () => {
    const { dir, file, backup } = populated();
    const other = path.join(dir, 'other.db');
    makeDbAtVersion(other, LATEST_VERSION, fixtureNotes(20));
    const db = new Database(other);
    db.pragma('wal_autocheckpoint = 0');
    db.exec(`UPDATE notes SET body = body || ' ændret'`);
    fs.copyFileSync(`${other}-wal`, `${file}-wal`);
    db.close();
    expectRecovered(dir, fs.readFileSync(file), backup);
  });

  it('a -wal deleted after a crash: not damage; what was checkpointed is kept', () => {
    const { dir, file } = populated();
    const store = openNotesStore({ dataDir: dir });
    store.db.pragma('wal_autocheckpoint = 0');
    const lost = store.create({ title: 'kun i WAL', body: 'x' });
    // A copy taken while the connection is open is the state a crash leaves; then the -wal goes.
    const crashed = dataDir();
    fs.copyFileSync(file, path.join(crashed, 'samspil.db'));
    store.close();

    const reopened = openNotesStore({ dataDir: crashed });
    expect(reopened.status().recovered).toBeNull();
    expect(reopened.status().noteCount).toBe(200);
    expect(() => reopened.get(lost.id)).toThrow(/Ukendt note/);
    reopened.close();
    expect(sqliteCheck(path.join(crashed, 'samspil.db'))).toEqual({
      integrity: 'ok',
      foreignKeys: [],
    });
  });

  it('a file from a newer version: refused with a message, never moved aside', () => {
    const { dir, file } = populated();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(() => openNotesStore({ dataDir: dir })).toThrow(/nyere version af Samspil/);
    expect(fs.readdirSync(dir).some((f) => f.includes('beskadiget'))).toBe(false);
  });

  it('a read-only file: opened for reading, says so, never moved aside', async () => {
    const { dir, file } = populated();
    const before = fs.readFileSync(file);
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dir, 0o777);
    // Root ignores permission bits, so as root the check runs as the unprivileged user "nobody".
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await runChild(child, ['open', dir], { spawn: asNobody });
    const [opened, wrote] = run.lines.map((line) => JSON.parse(line)) as [
      { ok: boolean; status: { readOnly: boolean; noteCount: number } },
      { ok: boolean; code?: string; message: string },
    ];
    expect(opened).toMatchObject({ ok: true, status: { readOnly: true, noteCount: 200 } });
    expect(wrote.ok).toBe(false);
    expect(wrote.code).toBe('unavailable');
    expect(wrote.message).toMatch(/kun til læsning \(databasefilen er skrivebeskyttet/);
    expect(fs.readdirSync(dir).some((f) => f.includes('beskadiget'))).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a read-only data folder: list and export work, a write says the folder is read-only', async () => {
    const { dir, file } = populated();
    const before = fs.readFileSync(file);
    const out = dataDir();
    fs.chmodSync(out, 0o777);
    fs.chmodSync(file, 0o644);
    fs.chmodSync(dir, 0o555);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const run = await runChild(child, ['read', dir, path.join(out, 'noter.json')], {
        spawn: asNobody,
      });
      const report = JSON.parse(run.lines[0] as string) as Record<string, unknown>;
      expect(report.openError).toBeUndefined();
      expect(report).toMatchObject({ status: { readOnly: true }, listed: 200, exported: 200 });
      expect(report.writeError).toMatch(/kun til læsning \(datamappen er skrivebeskyttet/);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a full disk: the write fails with a message, nothing is moved aside or lost', () => {
    const { dir } = populated();
    const store = openNotesStore({ dataDir: dir });
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    // SQLite's page limit makes the file unable to grow, exactly like a full disk does.
    store.db.pragma(`max_page_count = ${pages}`);
    expect(() => store.create({ title: 'stor', body: 'x'.repeat(200_000) })).toThrow(
      /ikke plads på disken/,
    );
    expect(store.status().noteCount).toBe(200);
    store.close();
    const reopened = openNotesStore({ dataDir: dir });
    expect(reopened.status()).toMatchObject({ recovered: null, noteCount: 200 });
    reopened.close();
  });

  it('an empty (zero-byte) file in a fresh folder is a new store, not damage', () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, 'samspil.db'), '');
    const store = openNotesStore({ dataDir: dir });
    expect(store.status()).toMatchObject({ recovered: null, schemaVersion: LATEST_VERSION });
    store.close();
  });

  it('an empty samspil.db where backups show a store was: moved aside and reported', () => {
    const { dir, file, backup } = populated();
    fs.truncateSync(file, 0);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    // Emptied a minute ago (a file just made by another opener is left alone).
    const aMinuteAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(file, aMinuteAgo, aMinuteAgo);
    const store = openNotesStore({ dataDir: dir });
    const { recovered } = store.status();
    store.close();
    expect(recovered).toMatchObject({ kind: 'empty', latestBackup: backup, foundAtThisOpen: true });
    expect(recovered?.reason).toMatch(/var tom/);
    expect(fs.statSync(recovered?.movedTo as string).size).toBe(0);
  });

  it('a damaged backup is refused at restore and the store is left as it was', () => {
    const { dir, backup } = populated();
    const store = openNotesStore({ dataDir: dir });
    const target = path.join(dir, 'backups', backup);
    fs.truncateSync(target, 8192);
    expect(() => store.restoreBackup(backup)).toThrow(/beskadiget/);
    expect(store.status().noteCount).toBe(200);
    store.close();
  });
});
