// EACCES on --out and --body-file (issue 12, item 22), for real: as root (no EACCES ever) the
// CLI runs as `nobody` in a child process; as any other user, in this process.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../store/fixtures';
import { runCliCaptured } from './runCliCaptured';

let dir = '';
beforeEach(() => {
  dir = tempDir('samspil-eacces-');
});
afterEach(() => {
  if (dir.includes('samspil-eacces-')) fs.rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  codes: number[];
  err: string;
}

function asNobody(dataDir: string, out: string, bodyFile: string): Outcome {
  const stdout = execFileSync(
    'setpriv',
    [
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      process.execPath,
      '--import',
      'tsx',
      CHILD,
      dataDir,
      out,
      bodyFile,
    ],
    { env: { ...process.env, HOME: dir }, encoding: 'utf8' },
  );
  return JSON.parse(stdout) as Outcome;
}

const root = process.getuid?.() === 0;
const CHILD = path.resolve('test/cli/eaccesChild.ts');

/** As root the test needs setpriv and a checkout that `nobody` may read (not so under /root). */
function nobodyCanRun(): boolean {
  try {
    const probe = `require('fs').accessSync(${JSON.stringify(CHILD)})`;
    execFileSync(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', probe],
      {
        stdio: 'ignore',
      },
    );
    return true;
  } catch {
    return false;
  }
}

async function inProcess(dataDir: string, out: string, bodyFile: string): Promise<Outcome> {
  const a = await runCliCaptured(dataDir, 'notes', 'export', '--out', out);
  const b = await runCliCaptured(dataDir, 'notes', 'add', '--title', 't', '--body-file', bodyFile);
  return { codes: [a.code, b.code], err: a.err + b.err };
}

describe('EACCES', () => {
  it.skipIf(root && !nobodyCanRun())(
    'on --out and --body-file is Danish and names the user path',
    async () => {
      fs.chmodSync(dir, 0o755);
      const dataDir = path.join(dir, 'data');
      const locked = path.join(dir, 'låst');
      fs.mkdirSync(dataDir, { mode: 0o777 });
      fs.chmodSync(dataDir, 0o777);
      fs.mkdirSync(locked, { mode: 0o555 });
      const secret = path.join(dir, 'hemmelig.md');
      fs.writeFileSync(secret, 'x', { mode: 0o600 });
      const out = path.join(locked, 'ud.json');
      const outcome = root ? asNobody(dataDir, out, secret) : await inProcess(dataDir, out, secret);
      expect(outcome.codes).toEqual([1, 1]);
      expect(outcome.err).toContain(`Eksporten blev ikke skrevet; ingen adgang til ${out}`);
      expect(outcome.err).toContain(`--body-file afvises; ingen adgang til ${secret}`);
      expect(outcome.err).not.toMatch(/EACCES|permission denied|\.tmp/);
    },
  );
});
