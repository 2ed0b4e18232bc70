// The child process of the crash and permission tests, bundled once per run with esbuild:
// `node child.cjs <mode> <dataDir> [arg]`. Every acknowledgement is written synchronously after
// the store call returned, so a line the parent read is a write SQLite committed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openNotesStore } from '../../electron/services/storeServices';
import { withRecoveryLock } from '../../electron/services/store/recoveryLock';
import { assessLoop } from '../partnerships/assessChild';

const [mode, dataDir, arg] = process.argv.slice(2) as [string, string, string | undefined];
const say = (line: string): void => void fs.writeSync(1, `${line}\n`);

function main(): void {
  if (mode === 'read') {
    // A read-only folder: reading and exporting (to `arg`) must work; writing says why not.
    const report: Record<string, unknown> = {};
    try {
      const store = openNotesStore({ dataDir });
      report.status = store.status();
      report.listed = store.list().length;
      report.exported = store.exportJson(arg as string).count;
      try {
        store.create({ title: 'skrivning', body: 'prøve' });
        report.wrote = true;
      } catch (error) {
        report.writeError = (error as Error).message;
      }
      store.close();
    } catch (error) {
      report.openError = (error as Error).message;
    }
    say(JSON.stringify(report));
    return;
  }
  if (mode === 'backups') {
    // `arg` backups in a row, each reported (the concurrent-backup test runs several at once).
    const store = openNotesStore({ dataDir });
    for (let i = 0; i < Number(arg); i++) {
      try {
        say(`ok ${store.backup('manual').name}`);
      } catch (error) {
        say(`fail ${(error as Error).message}`);
      }
    }
    store.close();
    return;
  }
  if (mode === 'first-open') {
    try {
      const store = openNotesStore({ dataDir });
      const note = store.create({ title: `fra ${process.pid}`, body: '' });
      say(JSON.stringify({ ok: true, id: note.id, version: store.status().schemaVersion }));
      store.close();
    } catch (error) {
      say(JSON.stringify({ ok: false, message: (error as Error).message }));
    }
    return;
  }
  if (mode === 'hold-recovery') {
    // Holds the recovery lock for `arg` ms, as an opener moving a damaged store aside does, and
    // says whether anyone touched the damaged file meanwhile.
    const file = path.join(dataDir, 'samspil.db');
    const before = fs.readFileSync(file);
    withRecoveryLock(file, () => {
      say('held');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(arg));
      const now = fs.existsSync(file) ? fs.readFileSync(file) : null;
      say(now !== null && now.equals(before) ? 'untouched' : 'moved');
    });
    return;
  }
  if (mode === 'hold') {
    // Holds the write lock for `arg` ms, as a large import in another process does.
    const db = new Database(path.join(dataDir, 'samspil.db'));
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    say('held');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(arg));
    db.exec('COMMIT');
    db.close();
    say('released');
    return;
  }
  if (mode === 'open') {
    try {
      const store = openNotesStore({ dataDir });
      say(JSON.stringify({ ok: true, status: store.status() }));
      store.create({ title: 'skrivning', body: 'prøve' });
      say(JSON.stringify({ ok: true, wrote: true }));
      store.close();
    } catch (error) {
      const e = error as { code?: string; message: string };
      say(JSON.stringify({ ok: false, code: e.code, message: e.message }));
    }
    return;
  }
  say('start');
  const started = Date.now();
  const store = openNotesStore({ dataDir });
  say('open');
  say(`opened-in ${Date.now() - started}`);
  if (mode === 'notes') {
    for (let i = 0; ; i++) {
      const note = store.create({ title: `n${i}`, body: `første udgave ${i}` });
      say(`add ${note.id} 0`);
      for (let rev = 1; rev <= 2; rev++) {
        store.update({ id: note.id, body: `udgave ${rev} af ${i}` });
        say(`edit ${note.id} ${rev}`);
      }
    }
  }
  if (mode === 'assess') assessLoop(store, say);
  if (mode === 'backup') {
    for (;;) say(`backup ${store.backup('manual').name}`);
  }
  if (mode === 'export') {
    const target = path.resolve(arg as string);
    for (let i = 0; ; i++) {
      store.exportJson(target, undefined, { overwrite: true });
      say(`export ${i}`);
    }
  }
  store.close();
}

main();
