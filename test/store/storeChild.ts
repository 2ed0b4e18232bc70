// The child process of the crash and permission tests, bundled once per run with esbuild:
// `node child.cjs <mode> <dataDir> [arg]`. Every acknowledgement is written synchronously after
// the store call returned, so a line the parent read is a write SQLite committed.
import fs from 'node:fs';
import path from 'node:path';
import { openNotesStore } from '../../electron/services/notes/notesStore';
import { assessLoop } from '../partnerships/assessChild';

const [mode, dataDir, arg] = process.argv.slice(2) as [string, string, string | undefined];
const say = (line: string): void => void fs.writeSync(1, `${line}\n`);

function main(): void {
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
      store.exportJson(target);
      say(`export ${i}`);
    }
  }
  store.close();
}

main();
