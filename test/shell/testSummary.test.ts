// The closing line of `.ci/run`, from a real vitest run of a folder in which one test passes and
// one file fails to load: the file counts as failed, is named, and a skipped suite keeps its reason.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarize, type VitestReport } from '../../scripts/test-summary.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-summary-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function runVitest(files: Record<string, string>): VitestReport {
  const dir = fs.mkdtempSync(path.join(tmp, 'run-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const report = path.join(dir, 'report.json');
  spawnSync(
    path.join(ROOT, 'node_modules/.bin/vitest'),
    ['run', '--root', dir, '--globals', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 },
  );
  return JSON.parse(fs.readFileSync(report, 'utf8')) as VitestReport;
}

describe('the closing line', () => {
  it('counts a test file that failed to load as a failure and names it', () => {
    const report = runVitest({
      'passes.test.js': "test('adds', () => { expect(1 + 1).toBe(2); });",
      'broken.test.js': "throw new Error('broken import');",
    });
    const lines = summarize(report);
    expect(lines.at(-1)).toBe('Tests: 1 passed, 1 failed');
    expect(lines[0]).toMatch(/^Failed to load: .*broken\.test\.js \(broken import\)$/);
  });

  it('names skipped suites with their reason and counts their tests as skipped', () => {
    const report = runVitest({
      'skips.test.js':
        "describe.skip('suite', () => { test('a', () => {}); test('b', () => {}); });",
    });
    const lines = summarize(report, [{ suite: 'real Electron', reason: 'no binary here' }]);
    expect(lines).toEqual([
      'Skipped: real Electron: no binary here',
      'Tests: 0 passed, 0 failed, 2 skipped',
    ]);
  });
});
