import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotesStore } from '../../electron/services/storeServices';
import { checkFile } from '../../electron/services/store/backups';
import { backupsToPrune, RETENTION } from '../../electron/services/store/retention';
import type { BackupInfo } from '../../shared/notes/types';
import { writeTransaction } from '../../electron/services/store/transactions';
import { fixtureNotes, makeDbAtVersion, tempDirsRemovedAfterEach } from './fixtures';

const dataDir = tempDirsRemovedAfterEach();

const day =
  (d: number): (() => Date) =>
  () =>
    new Date(Date.UTC(2026, 0, d, 12));

describe('backups', () => {
  it('takes at most one daily backup a day at open, none for an empty store, none when nothing changed', () => {
    const dir = dataDir();
    openNotesStore({ dataDir: dir, now: day(1) }).close();
    const first = openNotesStore({ dataDir: dir, now: day(1) });
    expect(first.listBackups()).toEqual([]);
    first.create({ title: 'a', body: '' });
    first.close();
    for (const d of [2, 2, 3]) openNotesStore({ dataDir: dir, now: day(d) }).close();
    // Day 3 changed nothing since day 2's backup, so it took none.
    const reasons = openNotesStore({ dataDir: dir, now: day(3) });
    expect(reasons.listBackups().map((b) => b.reason)).toEqual(['daily']);
    reasons.create({ title: 'b', body: '' });
    reasons.close();
    const changed = openNotesStore({ dataDir: dir, now: day(4) });
    expect(changed.listBackups().map((b) => b.reason)).toEqual(['daily', 'daily']);
    changed.close();
  });

  it('protects handouts like notes: a store with only a handout gets its daily backup', () => {
    const dir = dataDir();
    const store = openNotesStore({ dataDir: dir, now: day(1) });
    store.db
      .prepare(
        `INSERT INTO handouts (id, title, created_at, updated_at) VALUES ('h', 'Workshop', :t, :t)`,
      )
      .run({ t: day(1)().toISOString() });
    store.close();
    const next = openNotesStore({ dataDir: dir, now: day(2) });
    expect(next.listBackups().map((b) => b.reason)).toEqual(['daily']);
    next.close();
  });

  it('keeps the newest seven, each one checked and complete', () => {
    const dir = dataDir();
    const store = openNotesStore({ dataDir: dir });
    store.create({ title: 'a', body: 'b' });
    const names = Array.from({ length: 10 }, () => store.backup('manual').name);
    const kept = store.listBackups();
    expect(kept.map((b) => b.name)).toEqual(names.slice(-RETENTION.newest).reverse());
    for (const backup of kept) {
      expect(checkFile(backup.path)).toBe('ok');
      expect(backup.bytes).toBe(fs.statSync(backup.path).size);
    }
    store.close();
  });

  it('restores a backup into the same connection, and the restore itself can be undone', () => {
    const dir = dataDir();
    const store = openNotesStore({ dataDir: dir });
    const kept = store.create({ title: 'før', body: 'tillid' });
    const saved = store.backup().name;
    store.create({ title: 'efter', body: 'kontrakt' });
    const handle = store.db;

    const status = store.restoreBackup(saved);
    expect(status.noteCount).toBe(1);
    expect(store.db).toBe(handle);
    expect(store.list().map((n) => n.id)).toEqual([kept.id]);
    expect(store.searchNotes('kontrakt', 10)).toEqual([]);
    expect(store.searchNotes('tillid', 10)).toHaveLength(1);
    const undo = store.listBackups().find((b) => b.reason === 'restore');
    expect(undo).toBeDefined();
    store.restoreBackup((undo as { name: string }).name);
    expect(
      store
        .list()
        .map((n) => n.title)
        .sort(),
    ).toEqual(['efter', 'før']);
    store.close();
  });

  it('restores a backup from an older schema version by migrating a copy', () => {
    const dir = dataDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    makeDbAtVersion(
      path.join(backups, 'samspil-20250101T000000000Z-manual.db'),
      1,
      fixtureNotes(4),
    );
    const store = openNotesStore({ dataDir: dir });
    store.restoreBackup('samspil-20250101T000000000Z-manual.db');
    expect(
      store
        .list()
        .map((n) => n.factors.length)
        .sort(),
    ).toEqual([0, 0, 2, 2]);
    store.close();
  });

  it('refuses names that are not backups in the backup folder', () => {
    const dir = dataDir();
    const store = openNotesStore({ dataDir: dir });
    expect(() => store.restoreBackup('../samspil.db')).toThrow(/Ukendt sikkerhedskopi/);
    expect(() => store.restoreBackup('samspil-20250101T000000000Z-manual.db')).toThrow(
      /Ukendt sikkerhedskopi/,
    );
    store.close();
  });

  it('moves the backups to a new folder, which never holds the live database', () => {
    const dir = dataDir();
    const elsewhere = path.join(dataDir(), 'synkroniseret');
    const store = openNotesStore({ dataDir: dir });
    store.create({ title: 'a', body: '' });
    const names = [store.backup().name, store.backup().name];
    store.setBackupDir(elsewhere);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([]);
    expect(
      store
        .listBackups()
        .map((b) => b.name)
        .sort(),
    ).toEqual(names.sort());
    expect(store.backup().path.startsWith(elsewhere)).toBe(true);
    expect(store.status().backupDir).toBe(elsewhere);
    expect(() => store.setBackupDir(dir)).toThrow(/anden mappe/);
    store.close();
  });

  it('writeTransaction is all or nothing', () => {
    const dir = dataDir();
    const store = openNotesStore({ dataDir: dir });
    const now = new Date().toISOString();
    expect(() =>
      writeTransaction(store.db, () => {
        store.db
          .prepare(
            `INSERT INTO handouts (id, title, created_at, updated_at) VALUES ('h', 't', :now, :now)`,
          )
          .run({ now });
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(store.db.prepare('SELECT count(*) AS n FROM handouts').get()).toEqual({ n: 0 });
    store.close();
  });
});

describe('retention by count and age', () => {
  const now = new Date('2026-07-01T12:00:00.000Z');
  /** One backup a day at noon for `days` days back from `now`, newest first. */
  const daily = (days: number): BackupInfo[] =>
    Array.from({ length: days }, (_, i) => {
      const createdAt = new Date(now.getTime() - i * 86_400_000).toISOString();
      return { name: `b-${createdAt}`, path: '', createdAt, bytes: 1, reason: 'daily' };
    });
  const cases: { what: string; backups: BackupInfo[]; kept: number }[] = [
    { what: 'fewer than seven: all kept', backups: daily(5), kept: 5 },
    // The last 7 days; the newest of weeks 2–4 (days 7, 14, 21); the newest of May, April,
    // March and February (July 1 and June 30 are among the seven already).
    { what: 'a year of dailies', backups: daily(365), kept: 7 + 3 + 4 },
    {
      what: 'ten at the same moment: the newest seven',
      backups: Array(10)
        .fill(daily(1)[0])
        .map((b: BackupInfo, i) => ({ ...b, name: `b-${9 - i}` })),
      kept: 7,
    },
  ];
  for (const { what, backups, kept } of cases) {
    it(what, () => {
      const pruned = backupsToPrune(backups, now);
      expect(backups.length - pruned.length).toBe(kept);
      // The oldest restore point within six months survives; nothing protected is pruned.
      const protect = new Set([backups.at(-1)?.name as string]);
      expect(backupsToPrune(backups, now, protect).map((b) => b.name)).not.toContain(
        backups.at(-1)?.name,
      );
    });
  }
});
