// Smoke test of the bundled main process (what Electron actually runs): dist-style main.cjs is
// loaded with Electron faked, against the real built renderer, corpus and services.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import * as fakeElectron from './fakeElectron';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Inside the checkout, so the bundle resolves better-sqlite3 from node_modules like the app does.
fs.mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
const tmp = fs.mkdtempSync(path.join(ROOT, 'test-output', 'bundle-'));
type Loader = { _load(request: string, parent: unknown, isMain: boolean): unknown };
const loader = Module as unknown as Loader;
const originalLoad = loader._load;

beforeAll(async () => {
  for (const dir of ['dist/renderer/index.html', 'dist/content/corpus.json']) {
    if (!fs.existsSync(path.join(ROOT, dir)))
      throw new Error(`${dir} mangler: run npm run build first`);
  }
  execFileSync(
    process.execPath,
    ['scripts/build-electron.mjs', '--outdir', path.join(tmp, 'out')],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  fakeElectron.fakeAppState.appPath = ROOT;
  vi.stubEnv('SAMSPIL_DATA_DIR', path.join(tmp, 'data'));
  // The bundle's require('electron') gets the fake; everything else loads for real.
  loader._load = function (request, parent, isMain) {
    return request === 'electron' ? fakeElectron : originalLoad.call(this, request, parent, isMain);
  };
  createRequire(import.meta.url)(path.join(tmp, 'out/main.cjs'));
  await vi.waitFor(() => expect(fakeElectron.BrowserWindow.instances.length).toBe(1));
});

afterAll(() => {
  fakeElectron.app.emit('will-quit');
  loader._load = originalLoad;
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('dist main.cjs', () => {
  it('serves the built renderer over app:// with the CSP', async () => {
    const handler = fakeElectron.protocol.handlers.get('app')!;
    const response = await handler(new Request('app://samspil/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<div id="root">');
  });

  it('answers the contract over IPC from the real services', async () => {
    const handle = fakeElectron.ipcMain.handlers.get(channelOf('content.all'))!;
    const event = { senderFrame: { url: 'app://samspil/index.html', parent: null } };
    const result = (await handle(event, {})) as { ok: boolean; value: unknown[] };
    expect(result.ok).toBe(true);
    expect(result.value.length).toBeGreaterThan(10);
    const status = (await fakeElectron.ipcMain.handlers.get(channelOf('notes.status'))!(
      event,
      {},
    )) as {
      value: { dataDir: string };
    };
    expect(status.value.dataDir).toBe(path.join(tmp, 'data'));
  });
});
