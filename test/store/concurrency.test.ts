// Issue 12 items 7–9 with real processes on real files: concurrent backups, concurrent first
// opens of a fresh folder, and reads while another process holds the write lock.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { isStaleTempFile, tempPathFor } from '../../electron/services/atomicFile';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import { checkFile, listBackups } from '../../electron/services/store/backups';
import { APP_BUSY_TIMEOUT_MS } from '../../electron/services/store/openStore';
import { openNotesStore } from '../../electron/services/storeServices';
import { bundleChild, runChild } from './childProcess';
import { fixtureNotes, makeDbAtVersion, tempDirsRemovedAfterEach } from './fixtures';
import { LATEST_VERSION } from '../../electron/services/store/migrations';
import { recoveryLockPath } from '../../electron/services/store/recoveryLock';

const dataDir = tempDirsRemovedAfterEach();
let child = '';
beforeAll(async () => {
  child = await bundleChild();
});
afterAll(() => {
  if (child) fs.rmSync(path.dirname(child), { recursive: true, force: true });
});

interface Started {
  done: Promise<number | null>;
  /** Every line the child printed so far. */
  lines(): string[];
}

/** Starts a child and resolves once it printed `line`; `done` resolves when it exits. */
function startUntil(args: string[], line: string): Promise<Started> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const done = new Promise<number | null>((ok) => proc.on('close', ok));
    let buffer = '';
    const lines = () => buffer.split('\n');
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      if (lines().includes(line)) resolve({ done, lines });
    });
    proc.on('error', reject);
    void done.then(() => reject(new Error(`child ended before "${line}"`)));
  });
}

/** The CLI's entry in this process, its output swallowed; returns the exit code. */
async function quietCli(argv: string[]): Promise<number> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return await runCli(argv);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('temp files (item 7)', () => {
  it('are stale only when their writer is dead, or when old', () => {
    const live = path.basename(tempPathFor('/x/samspil.db'));
    const cases: { name: string; ageMs: number; stale: boolean }[] = [
      { name: live, ageMs: 0, stale: false },
      { name: live, ageMs: 60 * 60 * 1000 * 2, stale: false },
      { name: live, ageMs: 60 * 60 * 1000 * 25, stale: true },
      { name: '.samspil.db.999999999-0123456789ab.tmp', ageMs: 0, stale: true },
      { name: '.samspil.db.0123456789ab.tmp', ageMs: 1000, stale: false },
      { name: '.samspil.db.0123456789ab.tmp', ageMs: 2 * 60 * 60 * 1000, stale: true },
      { name: 'samspil.db', ageMs: 1e12, stale: false },
    ];
    for (const { name, ageMs, stale } of cases) {
      expect(isStaleTempFile(name, ageMs), `${name} ${ageMs}`).toBe(stale);
    }
  });

  it(
    'three processes × 15 backups at once: every one succeeds and is complete',
    { timeout: 120_000 },
    async () => {
      const dir = dataDir();
      makeDbAtVersion(path.join(dir, 'samspil.db'), LATEST_VERSION, fixtureNotes(300));
      const runs = await Promise.all([1, 2, 3].map(() => runChild(child, ['backups', dir, '15'])));
      const lines = runs.flatMap((r) => r.lines);
      expect(lines.filter((l) => l.startsWith('fail'))).toEqual([]);
      const names = lines.map((l) => l.slice(3));
      expect(names).toHaveLength(45);
      expect(new Set(names).size).toBe(45);
      for (const backup of listBackups(path.join(dir, 'backups'))) {
        expect(checkFile(backup.path)).toBe('ok');
      }
      expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.endsWith('.tmp'))).toEqual(
        [],
      );
    },
  );
});

describe('first opens of a fresh folder (item 8)', () => {
  it(
    'six processes at once, five rounds: every one opens and writes',
    { timeout: 120_000 },
    async () => {
      for (let round = 0; round < 5; round++) {
        const dir = dataDir();
        const runs = await Promise.all(
          Array.from({ length: 6 }, () => runChild(child, ['first-open', dir])),
        );
        const results = runs.map((r) => JSON.parse(r.lines[0] as string) as { ok: boolean });
        expect(results, `round ${round}`).toEqual(
          Array.from({ length: 6 }, () =>
            expect.objectContaining({ ok: true, version: LATEST_VERSION }),
          ),
        );
        const store = openNotesStore({ dataDir: dir });
        expect(store.status().noteCount).toBe(6);
        store.close();
      }
    },
  );
});

describe('damage found by several processes at once', () => {
  // Each opener used to check the file and move it aside on its own: two that found the same
  // damage could each move aside what the other had just created, with a note acknowledged in
  // it (seen here about once in ten rounds of six). The recovery lock makes check and move one.
  it(
    'each opens, one fresh store results, and the damage is recorded (ten rounds of six)',
    { timeout: 120_000 },
    async () => {
      for (let round = 0; round < 10; round++) {
        const dir = dataDir();
        const file = path.join(dir, 'samspil.db');
        makeDbAtVersion(file, LATEST_VERSION, fixtureNotes(20));
        const store = openNotesStore({ dataDir: dir });
        store.backup('manual');
        store.close();
        fs.writeFileSync(file, Buffer.alloc(32 * 1024, 0x42));
        const runs = await Promise.all(
          Array.from({ length: 6 }, () => runChild(child, ['first-open', dir])),
        );
        const results = runs.map(
          (r) => JSON.parse(r.lines[0] as string) as { ok: boolean; id: string; message?: string },
        );
        expect(
          results.filter((r) => !r.ok),
          `round ${round}`,
        ).toEqual([]);
        const after = openNotesStore({ dataDir: dir });
        // Every process wrote into the one fresh store; none into a file moved aside.
        expect(
          after
            .list()
            .map((n) => n.id)
            .sort(),
          `round ${round}`,
        ).toEqual(results.map((r) => r.id).sort());
        expect(after.status().recovered).toMatchObject({ kind: 'damaged' });
        after.close();
        expect(fs.existsSync(recoveryLockPath(file)), 'the lock is released').toBe(false);
      }
    },
  );

  it('waits while another process recovers the same store, then opens what it made', async () => {
    const dir = dataDir();
    const file = path.join(dir, 'samspil.db');
    makeDbAtVersion(file, LATEST_VERSION, fixtureNotes(3));
    fs.writeFileSync(file, Buffer.alloc(32 * 1024, 0x42));
    const holder = await startUntil(['hold-recovery', dir, '3000'], 'held');
    const opener = runChild(child, ['first-open', dir]);
    await holder.done;
    const opened = await opener;
    expect(JSON.parse(opened.lines[0] as string)).toMatchObject({ ok: true });
    // The holder's own last word: the damaged file was still in place when it let go.
    expect(holder.lines()).toContain('untouched');
  });

  it('takes over the recovery lock of a process that died while recovering', () => {
    const dir = dataDir();
    const file = path.join(dir, 'samspil.db');
    makeDbAtVersion(file, LATEST_VERSION, fixtureNotes(3));
    fs.writeFileSync(file, Buffer.alloc(32 * 1024, 0x42));
    fs.mkdirSync(recoveryLockPath(file));
    const longAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(recoveryLockPath(file), longAgo, longAgo);
    // A live holder's lock would make this open wait and then refuse as busy.
    const store = openNotesStore({ dataDir: dir });
    expect(store.status().recovered).toMatchObject({ kind: 'damaged' });
    store.close();
    expect(fs.existsSync(recoveryLockPath(file))).toBe(false);
  });
});

describe('while another process holds the write lock (item 9)', () => {
  it(
    'opening, listing notes and handouts, searching and exporting do not wait',
    { timeout: 60_000 },
    async () => {
      const dir = dataDir();
      makeDbAtVersion(
        path.join(dir, 'samspil.db'),
        LATEST_VERSION,
        fixtureNotes(50),
        fixtureNotes(51).slice(50),
      );
      // One note in the trash since yesterday: nothing is due for purging, so the open must not
      // ask for the write lock at all (it used to purge in an IMMEDIATE transaction every time).
      const holder = await startUntil(['hold', dir, '8000'], 'held');
      const started = Date.now();
      const store = openNotesStore({ dataDir: dir, busyTimeoutMs: APP_BUSY_TIMEOUT_MS });
      expect(store.list()).toHaveLength(50);
      expect(store.searchNotes('aftenskole', 10).length).toBeGreaterThan(0);
      expect(store.status().noteCount).toBe(50);
      const handouts = createHandoutService({
        db: store.db,
        content: { find: () => undefined, section: () => undefined, byKind: () => [] },
        notes: store,
      });
      expect(handouts.list()).toHaveLength(1);
      expect(handouts.get('h1').title).toBe('Workshop');
      const out = path.join(dataDir(), 'noter.json');
      expect(store.exportJson(out).count).toBe(50);
      // The same through the CLI's entry: notes list, handout list and search answer at once.
      for (const args of [
        ['notes', 'list'],
        ['handout', 'list'],
        ['search', 'tillid'],
      ]) {
        expect(await quietCli(['--data-dir', dir, ...args]), args.join(' ')).toBe(0);
      }
      const readsTook = Date.now() - started;
      // A write waits only the app's short timeout, then says "busy, try again" in Danish.
      const before = Date.now();
      expect(() => store.create({ title: 'skrivning', body: '' })).toThrow(/optaget.*Prøv igen/);
      const writeWaited = Date.now() - before;
      store.close();
      await holder.done;
      // The write above failed, so the lock was held throughout the reads (figures for the report).
      console.log(
        `reads under a held lock: ${readsTook} ms; a write gave up after ${writeWaited} ms`,
      );
    },
  );
});
