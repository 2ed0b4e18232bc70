// The main process's log: one JSON line per event with the error's stack, rotated by size, and
// the door writes refused calls and internal errors there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api';
import { invokeChecked } from '../../electron/api/door';
import { openFileLog } from '../../electron/services/log/fileLog';
import { openNotesStore } from '../../electron/services/storeServices';

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-log-'));
});
afterEach(() => {
  if (dir.startsWith(os.tmpdir()) && dir.length > os.tmpdir().length + 1) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const lines = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown> & { error?: { stack?: string } });

describe('openFileLog', () => {
  it('writes one JSON line per event with the error and its stack', () => {
    const log = openFileLog(path.join(dir, 'logs'));
    log.error('ipc.internal', { method: 'notes.list' }, new TypeError('database is locked'));
    const [line] = lines(log.file);
    expect(line).toMatchObject({ level: 'error', event: 'ipc.internal', method: 'notes.list' });
    expect(line?.error?.stack).toContain('TypeError: database is locked');
    expect(line?.error?.stack).toContain('fileLog.test.ts');
  });

  it('rotates at the size limit and keeps the newest files', () => {
    const log = openFileLog(dir, { maxBytes: 400, keep: 2 });
    for (let i = 0; i < 30; i++)
      log.warn('ipc.refused', { method: `m${i}`, issue: 'x'.repeat(40) });
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['samspil.1.log', 'samspil.2.log', 'samspil.log']);
    for (const file of files)
      expect(fs.statSync(path.join(dir, file)).size).toBeLessThanOrEqual(400);
    expect(lines(log.file).at(-1)).toMatchObject({ method: 'm29' });
  });

  it('never throws when the folder cannot be written', () => {
    const blocked = path.join(dir, 'file');
    fs.writeFileSync(blocked, '');
    const log = openFileLog(path.join(blocked, 'logs'));
    expect(() => log.error('x', {}, new Error('y'))).not.toThrow();
  });
});

describe('what is logged', () => {
  const handlers = {
    'notes.list': () => {
      throw new RangeError('kaputt');
    },
  } as unknown as ApiHandlers;

  it('an internal error of a handler, with its stack; the caller gets only the code', async () => {
    const log = openFileLog(dir);
    const result = await invokeChecked(handlers, 'notes.list', {}, undefined, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('at ');
    const [line] = lines(log.file);
    expect(line).toMatchObject({ level: 'error', event: 'ipc.internal', method: 'notes.list' });
    expect(line?.error?.stack).toContain('RangeError: kaputt');
  });

  it('a refused call, with the sender', async () => {
    const log = openFileLog(dir);
    const sender = {
      frame: { url: 'https://evil.example/', isMainFrame: true },
      allowedOrigin: 'app://samspil',
    };
    await invokeChecked(handlers, 'notes.list', {}, sender, log);
    await invokeChecked(handlers, 'notes.drop', {}, undefined, log);
    expect(lines(log.file)).toMatchObject([
      {
        level: 'warn',
        event: 'ipc.refused',
        issue: 'sender-foreign',
        url: 'https://evil.example/',
      },
      { level: 'warn', event: 'ipc.refused', issue: 'unknown-method', method: 'notes.drop' },
    ]);
  });

  it('a store recovery, with the cause', () => {
    const data = path.join(dir, 'data');
    fs.mkdirSync(data);
    fs.writeFileSync(path.join(data, 'samspil.db'), 'dette er ikke en database'.repeat(100));
    const log = openFileLog(path.join(dir, 'logs'));
    openNotesStore({ dataDir: data, log }).close();
    const [line] = lines(log.file);
    expect(line).toMatchObject({ level: 'warn', event: 'store.recovered' });
    expect(String(line?.movedTo)).toContain('samspil-beskadiget-');
    expect(line?.error?.stack).toBeTruthy();
  });
});
