// Bundles storeChild.ts once (spawning tsx hundreds of times would be far too slow) and runs it.
import { spawn, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { tempDir } from './fixtures';

export async function bundleChild(): Promise<string> {
  const dir = tempDir('samspil-child-');
  fs.chmodSync(dir, 0o755);
  const outfile = path.join(dir, 'child.cjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'storeChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    external: ['better-sqlite3'],
    outfile,
    minify: true,
    logLevel: 'silent',
  });
  fs.chmodSync(outfile, 0o755);
  copyDriver(dir);
  return outfile;
}

const NODE_MODULES = path.resolve(import.meta.dirname, '../../node_modules');

/**
 * Puts the SQLite driver beside the bundle. Some tests run the child as the unprivileged user
 * "nobody" (root ignores file permissions), who may not be allowed into the checkout at all (a
 * clone in a mode-700 temp folder), so the child must not load anything from there.
 */
function copyDriver(dir: string): void {
  // better-sqlite3 13 is self-contained: its lib/ loads the Node-API binary from prebuilds/.
  const copies: [string, string][] = [
    ['better-sqlite3/package.json', 'better-sqlite3/package.json'],
    ['better-sqlite3/lib', 'better-sqlite3/lib'],
    ['better-sqlite3/prebuilds', 'better-sqlite3/prebuilds'],
  ];
  for (const [from, to] of copies) {
    fs.cpSync(path.join(NODE_MODULES, from), path.join(dir, 'node_modules', to), {
      recursive: true,
    });
  }
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    fs.chmodSync(file, entry.isDirectory() ? 0o755 : 0o644);
  }
  fs.chmodSync(path.join(dir, 'child.cjs'), 0o755);
}

export interface ChildRun {
  lines: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs the child; kills it with SIGKILL `killAfterMs` after it said "open" (or "start", just
 * before it opens the store, to hit the open itself: recovery, backup, migration; or the spawn).
 */
export function runChild(
  child: string,
  args: string[],
  options: {
    killAfterMs?: number;
    killFrom?: 'open' | 'start' | 'spawn';
    spawn?: SpawnOptions;
  } = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options.spawn,
    });
    const lines: string[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = (): void => void proc.kill('SIGKILL');
    if (options.killAfterMs !== undefined && options.killFrom === 'spawn') {
      timer = setTimeout(kill, options.killAfterMs);
    }
    proc.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const trigger = options.killFrom === 'start' ? 'start' : 'open';
        if (line === trigger && options.killAfterMs !== undefined && !timer) {
          timer = setTimeout(kill, options.killAfterMs);
        }
      }
    });
    proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code !== 0 && signal === null) {
        reject(new Error(`child failed (${code}): ${stderr}`));
        return;
      }
      resolve({ lines, code, signal });
    });
  });
}

/** Runs `count` jobs, `lanes` at a time (the kill loops wait on child processes, not on CPU). */
export async function inLanes(
  lanes: number,
  count: number,
  job: (index: number, lane: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      while (next < count) await job(next++, lane);
    }),
  );
}
