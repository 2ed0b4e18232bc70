// The handout trash is emptied like the notes' trash: a handout deleted more than 30 days ago is
// removed for good when the store opens, and only once a backup that still holds it exists. Real
// SQLite files in a temp folder; the store's clock is set by the test.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStoreServices, type StoreServices } from '../../electron/services/storeServices';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import { fixtureContent } from './fixtureContent';
import { tempDirsRemovedAfterEach } from '../store/fixtures';

const newDir = tempDirsRemovedAfterEach();
const DAY = 86_400_000;
const T0 = new Date('2026-03-01T10:00:00.000Z').getTime();
const items = [{ kind: 'quote' as const, ref: 'citat-kontrakt', comment: 'Hvem hæfter?' }];

function openAt(dataDir: string, day: number, backupDir?: string) {
  const store = openStoreServices({
    dataDir,
    ...(backupDir ? { backupDir } : {}),
    now: () => new Date(T0 + day * DAY),
  });
  const handouts = createHandoutService({
    db: store.store.db,
    store: store.store,
    content: fixtureContent(),
    notes: store.notes,
  });
  return { ...store, handouts };
}

const close = (s: StoreServices) => s.notes.close();

function itemRows(db: Database.Database, id: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM handout_items WHERE handout_id = ?').get(id) as {
      n: number;
    }
  ).n;
}

/** Handout ids in the trash of each backup file, newest backup first. */
function trashedInBackups(s: StoreServices): string[][] {
  return s.notes.listBackups().map((b) => {
    const db = new Database(b.path, { readonly: true });
    try {
      const rows = db.prepare('SELECT id FROM handouts WHERE deleted_at IS NOT NULL').all();
      return (rows as { id: string }[]).map((r) => r.id);
    } finally {
      db.close();
    }
  });
}

/** Day 0: three handouts, the first deleted; day 20: the second deleted. */
function seed(dataDir: string): { old: string; recent: string; live: string } {
  const day0 = openAt(dataDir, 0);
  const [old, recent, live] = ['Gammel', 'Nyere', 'I brug'].map(
    (title) => day0.handouts.create({ title, items }).id,
  ) as [string, string, string];
  day0.handouts.delete(old);
  close(day0);
  const day20 = openAt(dataDir, 20);
  day20.handouts.delete(recent);
  close(day20);
  return { old, recent, live };
}

describe('the handout trash', () => {
  it('removes a handout deleted more than 30 days ago at open, with its items, and says so', () => {
    const dataDir = newDir();
    const { old, recent, live } = seed(dataDir);
    const day31 = openAt(dataDir, 31);
    try {
      expect(day31.notes.status().handoutTrashPurged).toBe(1);
      expect(itemRows(day31.store.db, old)).toBe(0);
      expect(() => day31.handouts.undelete(old)).toThrow(/Papirkurven har ingen handout/);
      // Deleted 11 days ago: still in the trash, and it comes back whole.
      day31.handouts.undelete(recent);
      expect(day31.handouts.get(recent).items).toHaveLength(1);
      expect(day31.handouts.list().map((h) => h.id)).toEqual(
        expect.arrayContaining([recent, live]),
      );
    } finally {
      close(day31);
    }
  });

  it('keeps what it removes in a backup taken before the removal', () => {
    // Made and deleted in one session: no backup has ever held it before day 31.
    const dataDir = newDir();
    const day0 = openAt(dataDir, 0);
    const gone = day0.handouts.create({ title: 'Kortlivet', items }).id;
    day0.handouts.delete(gone);
    expect(day0.notes.listBackups()).toEqual([]);
    close(day0);
    const day31 = openAt(dataDir, 31);
    try {
      expect(day31.notes.status().handoutTrashPurged).toBe(1);
      expect(trashedInBackups(day31)).toEqual([[gone]]);
    } finally {
      close(day31);
    }
  });

  it('keeps a handout deleted exactly 30 days ago until it is older', () => {
    const dataDir = newDir();
    const { old } = seed(dataDir);
    const day30 = openAt(dataDir, 30);
    expect(day30.notes.status().handoutTrashPurged ?? 0).toBe(0);
    day30.handouts.undelete(old);
    expect(day30.handouts.get(old).title).toBe('Gammel');
    close(day30);
  });

  it('empties nothing when no backup can be taken first, and tries again at the next open', () => {
    const dataDir = newDir();
    const { old } = seed(dataDir);
    // A backup folder below a plain file cannot be made.
    const blocker = path.join(dataDir, 'ikke-en-mappe');
    fs.writeFileSync(blocker, '');
    const blocked = openAt(dataDir, 31, path.join(blocker, 'backups'));
    expect(blocked.notes.status().handoutTrashPurged ?? 0).toBe(0);
    expect(blocked.notes.status().backupWarning).toMatch(/sikkerhedskopi/);
    expect(itemRows(blocked.store.db, old)).toBe(1);
    close(blocked);
    const next = openAt(dataDir, 32);
    expect(next.notes.status().handoutTrashPurged).toBe(1);
    close(next);
  });

  it('writes nothing at an open with nothing due', () => {
    const dataDir = newDir();
    seed(dataDir);
    const day25 = openAt(dataDir, 25);
    const before = day25.notes.listBackups().length;
    expect(day25.notes.status().handoutTrashPurged ?? 0).toBe(0);
    close(day25);
    const again = openAt(dataDir, 25);
    expect(again.notes.listBackups()).toHaveLength(before);
    close(again);
  });
});

describe('the notes trash, by the same rule', () => {
  it('waits for a backup too before it removes a note', () => {
    const dataDir = newDir();
    const day0 = openAt(dataDir, 0);
    const note = day0.notes.create({ title: 'Slettet note', body: '' });
    day0.notes.delete([note.id]);
    close(day0);
    const blocker = path.join(dataDir, 'ikke-en-mappe');
    fs.writeFileSync(blocker, '');
    const blocked = openAt(dataDir, 31, path.join(blocker, 'backups'));
    expect(blocked.notes.status().trashPurged).toBe(0);
    close(blocked);
    const next = openAt(dataDir, 32);
    expect(next.notes.status().trashPurged).toBe(1);
    close(next);
  });
});
