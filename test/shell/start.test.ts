// `npm start` where Electron's binary cannot be had: a plain message in Danish and English within
// seconds, never a stack trace or a hang; where the first-use fetch works, the fetched binary is used.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findElectronBinary, firstErrorLine } from '../../scripts/electronBinary.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-start-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A stand-in for node_modules/electron whose install.js does what `installer` says. */
function fakeElectronPackage(name: string, installer: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '45.5.0' }));
  fs.writeFileSync(path.join(dir, 'install.js'), installer);
  return dir;
}

function start(electronDir: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, SAMSPIL_ELECTRON_DIR: electronDir, SAMSPIL_START_DRY_RUN: '1', ...env },
  });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

describe('npm start without the Electron binary', () => {
  it('says so in Danish and English within seconds, with what to do and no stack trace', () => {
    const dir = fakeElectronPackage(
      'fails',
      "const e = new TypeError('fetch failed'); console.error(e.stack); process.exit(1);",
    );
    const result = start(dir);
    expect(result.status).toBe(1);
    expect(result.seconds).toBeLessThan(10);
    expect(result.stderr).toContain('Samspil kan ikke starte');
    expect(result.stderr).toContain('Samspil cannot start');
    expect(result.stderr).toContain('(TypeError: fetch failed)');
    expect(result.stderr).toContain('ELECTRON_MIRROR');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('gives up on a fetch that never answers, with the same message', () => {
    const dir = fakeElectronPackage('hangs', 'setInterval(() => {}, 1000);');
    const result = start(dir, { SAMSPIL_ELECTRON_FETCH_TIMEOUT_MS: '1500' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no answer after 2 s');
    expect(result.stderr).toContain('Samspil cannot start');
  });

  it('uses the binary that the first-use fetch put in place', () => {
    const dir = fakeElectronPackage(
      'fetches',
      "const fs = require('fs'); fs.mkdirSync(__dirname + '/dist', { recursive: true });" +
        "fs.writeFileSync(__dirname + '/dist/electron', ''); fs.writeFileSync(__dirname + '/path.txt', 'electron');",
    );
    const result = start(dir);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(path.join(dir, 'dist', 'electron'));
  });
});

describe('findElectronBinary', () => {
  it('finds nothing before the fetch, and honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = fakeElectronPackage('override', '');
    expect(findElectronBinary(dir, {})).toBeNull();
    const unpacked = path.join(tmp, 'unpacked');
    fs.mkdirSync(unpacked, { recursive: true });
    fs.writeFileSync(path.join(unpacked, 'electron'), '');
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: unpacked })).toBe(
      path.join(unpacked, 'electron'),
    );
  });
});

describe('firstErrorLine', () => {
  it.each([
    ['TypeError: fetch failed\n    at node:internal/deps/undici:1:1\n', 'TypeError: fetch failed'],
    [
      'Downloading\nRequestError: getaddrinfo ENOTFOUND host\n  at x',
      'RequestError: getaddrinfo ENOTFOUND host',
    ],
    ['something odd\n', 'something odd'],
  ])('%j → %j', (output, expected) => {
    expect(firstErrorLine(output)).toBe(expected);
  });
});
