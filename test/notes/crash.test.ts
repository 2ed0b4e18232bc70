// Kill tests: a child process works on a real store and is killed with SIGKILL at random moments.
// After every kill the acknowledged work is there, the file is sound, and a migration, a backup
// or an export is found complete or not at all.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile, listBackups } from '../../electron/services/store/backups';
import { LATEST_VERSION } from '../../electron/services/store/migrations';
import { bundleChild, inLanes, runChild } from '../store/childProcess';
import { fixtureNotes, makeDbAtVersion, readNotes, sqliteCheck, tempDir } from '../store/fixtures';

let child = '';
const dirs: string[] = [];
beforeAll(async () => {
  child = await bundleChild();
  dirs.push(path.dirname(child));
});
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function newDir(): string {
  const dir = tempDir('samspil-crash-');
  dirs.push(dir);
  return dir;
}

const random = (max: number): number => Math.floor(Math.random() * max);

/** The revision a stored body shows: "første udgave i" is 0, "udgave r af i" is r. */
function revisionOf(body: string): number {
  const m = /^udgave (\d+) af/.exec(body);
  return m ? Number(m[1]) : 0;
}

/** id → body of every note in the file (none when a kill came before the schema existed). */
function storedBodies(file: string): Map<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const hasNotes = db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'notes'`).get();
    if (!hasNotes) return new Map();
    const rows = db.prepare('SELECT id, body FROM notes').all() as { id: string; body: string }[];
    return new Map(rows.map((r) => [r.id, r.body]));
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(
    'keeps every acknowledged note and edit through 200 SIGKILLs',
    { timeout: 300_000 },
    async () => {
      // Four data dirs killed in turn, four children at a time: 200 kills in all.
      const lanes = Array.from({ length: 4 }, () => ({
        dir: newDir(),
        acked: new Map<string, number>(),
      }));
      let kills = 0;
      await inLanes(4, 200, async (i, index) => {
        const { dir, acked } = lanes[index] as (typeof lanes)[number];
        // Mostly while writing, sometimes during the open (integrity check, daily backup).
        const fromSpawn = i % 5 === 0;
        const run = await runChild(child, ['notes', dir], {
          killAfterMs: fromSpawn ? random(150) : random(80),
          killFrom: fromSpawn ? 'spawn' : 'open',
        });
        if (run.signal === 'SIGKILL') kills++;
        for (const line of run.lines) {
          const [kind, id, rev] = line.split(' ');
          if (kind === 'add' || kind === 'edit') acked.set(id as string, Number(rev));
        }
        const file = path.join(dir, 'samspil.db');
        expect(sqliteCheck(file)).toEqual({ integrity: 'ok', foreignKeys: [] });
        const rows = storedBodies(file);
        for (const [id, rev] of acked) {
          const body = rows.get(id);
          expect(body, `acknowledged note ${id} lost after kill ${i}`).toBeDefined();
          expect(revisionOf(body as string)).toBeGreaterThanOrEqual(rev);
        }
      });
      const acknowledged = lanes.reduce((n, lane) => n + lane.acked.size, 0);
      expect(kills).toBe(200);
      // How many get acknowledged depends on the machine's speed; every lane must have some.
      for (const lane of lanes) expect(lane.acked.size).toBeGreaterThan(0);
      console.log(`crash: 200 kills, ${acknowledged} acknowledged notes all present`);
    },
  );

  it(
    'keeps every acknowledged partnership edit and assessment through 100 SIGKILLs',
    { timeout: 300_000 },
    async () => {
      const lanes = Array.from({ length: 3 }, () => ({
        dir: newDir(),
        partnerships: new Map<string, number>(),
        assessments: new Set<string>(),
        trash: new Map<string, string>(),
      }));
      let kills = 0;
      await inLanes(3, 100, async (i, index) => {
        const lane = lanes[index] as (typeof lanes)[number];
        const run = await runChild(child, ['assess', lane.dir], { killAfterMs: random(80) });
        if (run.signal === 'SIGKILL') kills++;
        for (const line of run.lines) {
          const [kind, id, rev] = line.split(' ');
          if (kind === 'partnership') lane.partnerships.set(id as string, Number(rev));
          if (kind === 'assessment') lane.assessments.add(id as string);
          if (kind === 'trash') lane.trash.set(id as string, rev as string);
        }
        const file = path.join(lane.dir, 'samspil.db');
        expect(sqliteCheck(file)).toEqual({ integrity: 'ok', foreignKeys: [] });
        const db = new Database(file, { readonly: true });
        try {
          const rows = db.prepare('SELECT id, purpose, deleted_at FROM my_partnerships').all() as {
            id: string;
            purpose: string;
            deleted_at: string | null;
          }[];
          const purposes = new Map(rows.map((r) => [r.id, r.purpose]));
          const trashed = new Set(rows.filter((r) => r.deleted_at !== null).map((r) => r.id));
          // An acknowledged delete stays deleted (history kept in the trash), an undo stays undone.
          for (const [id, state] of lane.trash) {
            expect(trashed.has(id), `partnership ${id} not ${state} after kill ${i}`).toBe(
              state === 'deleted',
            );
          }
          const stored = new Set(
            (db.prepare('SELECT id FROM my_partnership_assessments').all() as { id: string }[]).map(
              (r) => r.id,
            ),
          );
          for (const [id, rev] of lane.partnerships) {
            expect(purposes.has(id), `acknowledged partnership ${id} lost after kill ${i}`).toBe(
              true,
            );
            if (rev === 1) expect(purposes.get(id)).toMatch(/^formål /);
          }
          for (const id of lane.assessments) {
            expect(stored.has(id), `acknowledged assessment ${id} lost after kill ${i}`).toBe(true);
          }
        } finally {
          db.close();
        }
      });
      expect(kills).toBe(100);
      for (const lane of lanes) expect(lane.assessments.size).toBeGreaterThan(0);
      expect(lanes.some((lane) => lane.trash.size > 0)).toBe(true);
      const total = lanes.reduce((n, lane) => n + lane.assessments.size, 0);
      console.log(`crash: 100 kills, ${total} acknowledged assessments all present`);
    },
  );

  it('leaves a migration done or not done through 50 SIGKILLs', { timeout: 240_000 }, async () => {
    const template = path.join(newDir(), 'v1.db');
    const notes = fixtureNotes(3000);
    makeDbAtVersion(template, 1, notes);
    const probe = newDir();
    fs.copyFileSync(template, path.join(probe, 'samspil.db'));
    const openedIn = (lines: string[]): number =>
      Number(lines.find((l) => l.startsWith('opened-in '))?.slice(10) ?? 0);
    // The longest open seen so far (the machine's load changes it), so kills spread over it.
    let span = openedIn((await runChild(child, ['migrate', probe])).lines);
    expect(span).toBeGreaterThan(0);
    const outcome = { old: 0, new: 0 };
    let bound = 1.2;
    await inLanes(3, 50, async () => {
      const dir = newDir();
      const file = path.join(dir, 'samspil.db');
      fs.copyFileSync(template, file);
      // Kills spread over the open (integrity check, backup, migration, after); the bound
      // follows the outcomes, so the kills gather around the moment the migration commits.
      const delay = random(Math.round(span * bound));
      const run = await runChild(child, ['migrate', dir], {
        killAfterMs: delay,
        killFrom: 'start',
      });
      span = Math.max(span, openedIn(run.lines));
      expect(sqliteCheck(file)).toEqual({ integrity: 'ok', foreignKeys: [] });
      const db = new Database(file, { readonly: true });
      const version = db.pragma('user_version', { simple: true }) as number;
      db.close();
      expect([1, LATEST_VERSION]).toContain(version);
      outcome[version === 1 ? 'old' : 'new']++;
      bound = Math.max(0.02, bound * (version === 1 ? 1.15 : 0.85));
      expect(readNotes(file)).toEqual(notes);
      for (const backup of listBackups(path.join(dir, 'backups'))) {
        expect(checkFile(backup.path)).toBe('ok');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    });
    console.log(
      `migration kills: ${outcome.old} old state, ${outcome.new} new state (span ${span} ms)`,
    );
    expect(outcome.old).toBeGreaterThan(0);
    expect(outcome.new).toBeGreaterThan(0);
  });

  it('never leaves a half-written backup through 50 SIGKILLs', { timeout: 120_000 }, async () => {
    const template = path.join(newDir(), 'v3.db');
    makeDbAtVersion(template, 3, fixtureNotes(500));
    const laneDirs = Array.from({ length: 3 }, () => newDir());
    for (const dir of laneDirs) fs.copyFileSync(template, path.join(dir, 'samspil.db'));
    // A backup under its final name never changes again, so each is checked once.
    const checked = new Set<string>();
    await inLanes(3, 50, async (_, lane) => {
      const dir = laneDirs[lane] as string;
      await runChild(child, ['backup', dir], { killAfterMs: random(150) });
      for (const backup of listBackups(path.join(dir, 'backups'))) {
        if (checked.has(backup.path)) continue;
        expect(checkFile(backup.path)).toBe('ok');
        const db = new Database(backup.path, { readonly: true });
        expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 500 });
        db.close();
        checked.add(backup.path);
      }
      expect(sqliteCheck(path.join(dir, 'samspil.db')).integrity).toBe('ok');
    });
    expect(checked.size).toBeGreaterThan(0);
    console.log(`backup kills: ${checked.size} complete backups, none partial`);
  });

  it('leaves an export absent or complete through 50 SIGKILLs', { timeout: 120_000 }, async () => {
    const template = path.join(newDir(), 'v3.db');
    makeDbAtVersion(template, 3, fixtureNotes(1000));
    const laneDirs = Array.from({ length: 3 }, () => newDir());
    for (const dir of laneDirs) fs.copyFileSync(template, path.join(dir, 'samspil.db'));
    const outcome = { absent: 0, complete: 0 };
    let bound = 250;
    await inLanes(3, 50, async (_, lane) => {
      const dir = laneDirs[lane] as string;
      // Exports are refused inside the data folder, so each lane writes beside it.
      const target = path.join(`${dir}-eksport`, 'noter.json');
      dirs.push(`${dir}-eksport`);
      fs.rmSync(target, { force: true });
      // The bound follows the outcomes, so the kills gather around the moment of the rename.
      await runChild(child, ['export', dir, target], { killAfterMs: random(Math.round(bound)) });
      if (!fs.existsSync(target)) {
        outcome.absent++;
        bound *= 1.15;
        return;
      }
      bound = Math.max(2, bound * 0.85);
      const file = JSON.parse(fs.readFileSync(target, 'utf8')) as { notes: unknown[] };
      expect(file.notes).toHaveLength(1000);
      outcome.complete++;
    });
    console.log(`export kills: ${outcome.absent} absent, ${outcome.complete} complete`);
    expect(outcome.absent).toBeGreaterThan(0);
    expect(outcome.complete).toBeGreaterThan(0);
  });

  it(
    'loses nothing acknowledged with openers, backups and exports running during the writes',
    { timeout: 180_000 },
    async () => {
      const dir = newDir();
      const out = newDir();
      const acked = new Map<string, number>();
      const checked = new Set<string>();
      let complete = 0;
      for (let round = 0; round < 30; round++) {
        const target = path.join(out, `noter-${round % 3}.json`);
        const [writer, opener, , exporter] = await Promise.all([
          runChild(child, ['notes', dir], { killAfterMs: random(120), killFrom: 'open' }),
          runChild(child, ['first-open', dir]),
          runChild(child, ['backup', dir], { killAfterMs: random(200), killFrom: 'open' }),
          runChild(child, ['export', dir, target], { killAfterMs: random(200), killFrom: 'open' }),
        ]);
        for (const line of writer.lines) {
          const [kind, id, rev] = line.split(' ');
          if (kind === 'add' || kind === 'edit') acked.set(id as string, Number(rev));
        }
        const opened = JSON.parse(opener.lines[0] as string) as { ok: boolean; id?: string };
        expect(opened, `opener in round ${round}`).toMatchObject({ ok: true });
        acked.set(opened.id as string, 0);

        const file = path.join(dir, 'samspil.db');
        expect(sqliteCheck(file)).toEqual({ integrity: 'ok', foreignKeys: [] });
        const rows = storedBodies(file);
        for (const [id, rev] of acked) {
          expect(rows.get(id), `acknowledged note ${id} lost in round ${round}`).toBeDefined();
          expect(revisionOf(rows.get(id) as string)).toBeGreaterThanOrEqual(rev);
        }
        for (const backup of listBackups(path.join(dir, 'backups'))) {
          if (checked.has(backup.path)) continue;
          expect(checkFile(backup.path)).toBe('ok');
          checked.add(backup.path);
        }
        if (exporter.lines.some((l) => l.startsWith('export ')) && fs.existsSync(target)) {
          const exported = JSON.parse(fs.readFileSync(target, 'utf8')) as { notes: unknown[] };
          expect(exported.notes.length).toBeGreaterThan(0);
          complete++;
        }
      }
      console.log(
        `concurrent crash: ${acked.size} acknowledged notes all present, ${checked.size} backups complete, ${complete} exports read whole`,
      );
      expect(checked.size).toBeGreaterThan(0);
    },
  );
});
