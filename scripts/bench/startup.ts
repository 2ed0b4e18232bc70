// Start-up figures: how long the services take to open (corpus, serialized index, notes store),
// and how long the built renderer takes, in headless Chromium behind the test bridge, from
// navigation until the home view's heading is painted. Target: usable well under a second.
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

export async function benchStartup(): Promise<Record<string, unknown>> {
  return { runs: RUNS, ...benchServices(), ...(await benchWindow()), targetMs: 1000 };
}

if (process.argv[1]?.endsWith('startup.ts')) {
  process.stdout.write(`${JSON.stringify(await benchStartup(), null, 2)}\n`);
}
