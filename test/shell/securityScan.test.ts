// `npm run security:scan` passes on the shell as it is, and fails on an insecure window.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-scan-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function scan(...paths: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/electronegativity-check.ts', ...paths],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
}

describe('security scan', () => {
  it('passes on electron/ with the allowlist, and writes SARIF', () => {
    const result = scan();
    expect(result.stdout).toContain('0 failing');
    expect(result.status).toBe(0);
    const sarif = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'test-output/security/electronegativity.sarif'), 'utf8'),
    );
    expect(sarif.version).toBe('2.1.0');
  });

  it('fails on a window without isolation and sandbox', () => {
    const bad = path.join(tmp, 'insecure');
    fs.mkdirSync(bad);
    fs.writeFileSync(
      path.join(bad, 'window.js'),
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true } });\n',
    );
    const result = scan(bad);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('HIGH CONTEXT_ISOLATION_JS_CHECK insecure/window.js');
    expect(result.stdout).toContain('SANDBOX_JS_CHECK insecure/window.js');
  });
});
