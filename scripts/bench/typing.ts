// Keystroke-to-results-painted through the test bridge, as the perf e2e test measures it: the
// real renderer in headless Chromium typing into the search field, on the bundled corpus and on
// the 100× corpus (targets p95 ≤ 16 ms and ≤ 33 ms). Needs `npm run build` (dist/renderer).
// Run alone: `npx tsx scripts/bench/typing.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileContentOrThrow, writeCompiledContent } from '../content/compileContent';
import { RENDERER_DIR, startApp } from '../../test/e2e/harness';
import { measureTyping } from '../../test/e2e/typingPerf';
import { syntheticCorpus } from '../../test/search/syntheticCorpus';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function typingOn(corpusDir?: string) {
  const app = await startApp({ path: '/#/soeg', ...(corpusDir ? { corpusDir } : {}) });
  try {
    return await measureTyping(app);
  } finally {
    await app.close();
  }
}

export async function benchTyping(): Promise<Record<string, unknown>> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    return { skipped: 'dist/renderer mangler: kør npm run build først' };
  }
  const bundled = await typingOn();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-typing-'));
  try {
    const corpus = compileContentOrThrow(path.join(root, 'content'));
    writeCompiledContent(dir, syntheticCorpus(corpus, 100));
    const x100 = await typingOn(dir);
    return {
      targets: {
        bundledP95Ms: { target: 16, measured: bundled.p95, met: bundled.p95 <= 16 },
        x100P95Ms: { target: 33, measured: x100.p95, met: x100.p95 <= 33 },
      },
      bundled,
      x100,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    };
  } finally {
    if (dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchTyping().then((report) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`));
}
