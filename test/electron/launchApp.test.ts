// The real-Electron suite's launch code, checked where no Electron binary exists: against a fake
// executable that records how it was started, and the skip reason the closing line reports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchArguments, reportSkipped, ROOT } from './launchApp';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-fake-electron-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('launching the app', () => {
  it('starts the executable with the app folder, a temp profile and the data folder', () => {
    const record = path.join(tmp, 'argv.json');
    const fake = path.join(tmp, 'electron');
    fs.writeFileSync(
      fake,
      `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, ` +
        'JSON.stringify({ argv: process.argv.slice(2), dataDir: process.env.SAMSPIL_DATA_DIR }));\n' +
        'process.exit(3);\n',
    );
    fs.chmodSync(fake, 0o755);
    const dataDir = path.join(tmp, 'data');
    fs.mkdirSync(dataDir);
    const probe = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'launchProbe.ts'), fake, dataDir],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    const outcome = JSON.parse(probe.stdout) as { launched: boolean; error?: string };
    expect(outcome.launched).toBe(false);
    expect(outcome.error).toMatch(/Process failed to launch/);
    const started = JSON.parse(fs.readFileSync(record, 'utf8')) as {
      argv: string[];
      dataDir: string;
    };
    expect(started.dataDir).toBe(dataDir);
    for (const arg of launchArguments(ROOT, dataDir)) expect(started.argv).toContain(arg);
  });

  it('records a skipped suite with its reason for the closing line', () => {
    const file = path.join(ROOT, 'test-output', 'skipped-suites.json');
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    try {
      reportSkipped('probe suite', 'because this is a probe');
      const listed = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        suite: string;
        reason: string;
      }[];
      expect(listed).toContainEqual({ suite: 'probe suite', reason: 'because this is a probe' });
    } finally {
      if (before === null) fs.rmSync(file, { force: true });
      else fs.writeFileSync(file, before);
    }
  });
});
