// Issue 12 item 10 on a real full disk: a small tmpfs mounted for the test (needs root; skipped
// elsewhere), and item 6: a -wal that does not belong is moved aside and reported.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../electron/services/store/migrations';
import { openNotesStore } from '../../electron/services/storeServices';
import { fixtureNotes, makeDbAtVersion, tempDir, tempDirsRemovedAfterEach } from './fixtures';

const dataDir = tempDirsRemovedAfterEach();

function tryMount(dir: string): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// Mounted while the file is collected, so the suite can be skipped where mounting is not allowed
// (not root, or a container without the right to mount).
const disk = tempDir('samspil-fuld-disk-');
const mounted = tryMount(disk);
afterAll(() => {
  // Lazily, so a file a failed test left open cannot keep the mount (and the folder) behind.
  if (mounted) execFileSync('umount', ['-l', disk]);
  fs.rmSync(disk, { recursive: true, force: true });
});

/** Fills the disk, then frees `leaveBytes` again (0: completely full). */
function fill(dir: string, leaveBytes: number): void {
  const filler = path.join(dir, 'fyld');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 1);
  let written = 0;
  try {
    for (;;) written += fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
  fs.truncateSync(filler, Math.max(0, written - leaveBytes));
}

/** A store of about 300 KB on the small disk, closed cleanly (no -wal, no -shm left). */
function storeOnDisk(name: string, count = 150): string {
  const dir = path.join(disk, name);
  fs.mkdirSync(dir);
  const notes = fixtureNotes(count).map((n) => ({
    ...n,
    body: `${n.body} ${'tekst '.repeat(200)}`,
  }));
  makeDbAtVersion(path.join(dir, 'samspil.db'), LATEST_VERSION, notes);
  return dir;
}

const day = (d: number) => () => new Date(Date.UTC(2026, 0, d, 12));

describe.runIf(mounted)('a nearly full disk (item 10)', () => {
  it('a daily backup that does not fit is a warning; reading works', () => {
    const dir = storeOnDisk('naesten');
    fill(disk, 100 * 1024);
    try {
      const store = openNotesStore({ dataDir: dir, now: day(2) });
      try {
        const status = store.status();
        expect(status.backupWarning).toMatch(/Dagens sikkerhedskopi.*Disken er fuld/);
        expect(status.readOnly).toBe(false);
        expect(store.list()).toHaveLength(150);
      } finally {
        store.close();
      }
    } finally {
      fs.rmSync(path.join(disk, 'fyld'), { force: true });
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no byte left: opens for reading, says the disk is full, and a write says so too', () => {
    const dir = storeOnDisk('fuld', 20);
    fill(disk, 0);
    try {
      // No room for SQLite's -shm: the store opens for reading only (exclusive locking keeps
      // the WAL index in memory), and says why.
      const store = openNotesStore({ dataDir: dir, now: day(2) });
      try {
        expect(store.status()).toMatchObject({ readOnly: true, noteCount: 20 });
        expect(store.list()).toHaveLength(20);
        expect(store.searchNotes('aftenskole', 5)).toHaveLength(5);
        expect(() => store.create({ title: 'ny', body: '' })).toThrow(
          /kun til læsning \(disken er fuld/,
        );
      } finally {
        store.close();
      }
    } finally {
      fs.rmSync(path.join(disk, 'fyld'), { force: true });
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a -wal that does not belong (item 6)', () => {
  function storeWithWal(): { dir: string; file: string } {
    const dir = dataDir();
    const file = path.join(dir, 'samspil.db');
    makeDbAtVersion(file, LATEST_VERSION, fixtureNotes(10));
    return { dir, file };
  }

  it('garbage in the -wal: moved aside and reported, never read silently', () => {
    const { dir, file } = storeWithWal();
    fs.writeFileSync(`${file}-wal`, crypto.randomBytes(4096 * 3));
    const store = openNotesStore({ dataDir: dir });
    const { recovered, noteCount } = store.status();
    store.close();
    expect(recovered).toMatchObject({ kind: 'wal', foundAtThisOpen: true });
    expect(recovered?.reason).toMatch(/ikke en SQLite-logfil/);
    expect(fs.statSync(recovered?.movedTo as string).size).toBe(4096 * 3);
    expect(noteCount).toBe(10);
  });

  it('a -wal of a database with another page size: moved aside and reported', () => {
    const { dir, file } = storeWithWal();
    const other = path.join(dataDir(), 'andet.db');
    const db = new Database(other);
    db.pragma('page_size = 8192');
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    fs.copyFileSync(`${other}-wal`, `${file}-wal`);
    db.close();
    const store = openNotesStore({ dataDir: dir });
    expect(store.status().recovered?.reason).toMatch(/anden database \(sidestørrelse 8192/);
    store.close();
  });

  it('a -wal cut short after its header is not detectable: the commits before the cut stay', () => {
    const { dir, file } = storeWithWal();
    const store = openNotesStore({ dataDir: dir });
    store.db.pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 5; i++) store.create({ title: `i WAL ${i}`, body: '' });
    const crashed = dataDir();
    fs.copyFileSync(file, path.join(crashed, 'samspil.db'));
    const wal = fs.readFileSync(`${file}-wal`);
    store.close();
    fs.writeFileSync(
      path.join(crashed, 'samspil.db-wal'),
      wal.subarray(0, Math.floor(wal.length / 2)),
    );
    const reopened = openNotesStore({ dataDir: crashed });
    // As the README says: not reported, and what came after the cut is gone.
    expect(reopened.status().recovered).toBeNull();
    expect(reopened.status().noteCount).toBeLessThan(15);
    expect(reopened.status().noteCount).toBeGreaterThanOrEqual(10);
    reopened.close();
  });
});
