// Start-up figures: how long the services take to open (corpus, serialized index, notes store),
// and how long the built renderer takes, in headless Chromium behind the test bridge, from
// navigation until the home view's heading is painted. Target: usable well under a second. And the
// command line: `samspil list --json` from process start to exit, against a bare `node -e 0`
// (target: at most 6 times as long), both directly and through `npx samspil`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openServices } from '../../electron/services/services';
import { CORPUS_DIR, startApp } from '../../test/e2e/harness';
import { summarize } from './stats';

const RUNS = 10;

function benchServices(): Record<string, unknown> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-start-'));
    const started = performance.now();
    const services = openServices({ dataDir, corpusDir: CORPUS_DIR });
    services.search.query({ q: 'tillid' });
    times.push(performance.now() - started);
    services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return { servicesOpenAndFirstQueryMs: summarize(times) };
}

async function benchWindow(): Promise<Record<string, unknown>> {
  const app = await startApp();
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await app.page.reload();
      await app.page.locator('main h1').first().waitFor({ state: 'visible' });
      await app.page.evaluate(
        () =>
          new Promise((resolve) => {
            // Runs in the page; the node-side tsconfig has no DOM types.
            const page = globalThis as unknown as { requestAnimationFrame(cb: () => void): void };
            page.requestAnimationFrame(() => resolve(null));
          }),
      );
      times.push(performance.now() - started);
    }
    return { rendererReadyMs: summarize(times) };
  } finally {
    await app.close();
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');

function timeCommand(command: string, args: string[]): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
    times.push(performance.now() - started);
  }
  return times;
}

function benchCli(): Record<string, unknown> {
  timeCommand(process.execPath, ['scripts/samspil.mjs', 'list', '--json']); // builds, fills the cache
  const bare = summarize(timeCommand(process.execPath, ['-e', '0']));
  const cli = summarize(timeCommand(process.execPath, ['scripts/samspil.mjs', 'list', '--json']));
  const npx = summarize(timeCommand('npx', ['samspil', 'list', '--json']));
  return {
    cliListJsonMs: cli,
    npxListJsonMs: npx,
    bareNodeMs: bare,
    cliOverBareNodeP50: Number((cli.p50 / bare.p50).toFixed(1)),
    cliTargetRatio: 6,
  };
}

export async function benchStartup(): Promise<Record<string, unknown>> {
  return {
    runs: RUNS,
    ...benchServices(),
    ...(await benchWindow()),
    targetMs: 1000,
    ...benchCli(),
  };
}

if (process.argv[1]?.endsWith('startup.ts')) {
  process.stdout.write(`${JSON.stringify(await benchStartup(), null, 2)}\n`);
}
