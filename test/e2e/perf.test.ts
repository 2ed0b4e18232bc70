// Keystroke-to-results-painted: types a fixed list of queries into the header search field one
// key at a time and reads the renderer's `search-keystroke-to-paint` measures (a mark on input,
// a mark in the first animation frame after the results for that query were committed). Prints
// p50/p95 as JSON; a figure, not a timed assertion (target p95 ≤ 16 ms).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { summarize } from '../../scripts/bench/stats';

const QUERIES = [
  'tillid',
  'kontrakt',
  'forankring',
  'frivillige',
  'aftenskolerne',
  'styregruppe',
  'netværk',
  'kommunen',
  'museum',
  'økonomi',
];
const MEASURE = 'search-keystroke-to-paint';
/** The renderer's share: from the answer's arrival to the frame that shows it. */
const RENDER_MEASURE = 'search-response-to-paint';
/** Of that, React's render and commit (the rest is waiting for the next frame). */
const COMMIT_MEASURE = 'search-response-to-commit';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp({ path: '/#/soeg' });
});
afterAll(async () => {
  await app?.close();
});

/** Resolves in the page when the next keystroke-to-paint measure has been recorded. */
const nextMeasure = `new Promise((resolve) => {
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(${JSON.stringify(MEASURE)}).length === 0) return;
    observer.disconnect();
    resolve(null);
  });
  observer.observe({ entryTypes: ['measure'] });
})`;

describe('search keystroke to paint', () => {
  it('records one measure per keystroke and prints p50/p95', async () => {
    const { page } = app;
    const field = page.locator('#global-search');
    await field.waitFor();
    // One untimed warm-up query, so the figure is about typing, not the first call's JIT.
    await field.fill('partnerskab');
    await page.locator('[data-search-result]').first().waitFor();
    await page.evaluate('performance.clearMeasures()');

    let keystrokes = 0;
    for (const query of QUERIES) {
      await field.fill('');
      await field.focus();
      for (const char of query) {
        // One waiting call per keystroke, set up before the key is sent: polling the page every
        // few milliseconds would queue behind the bridge's answers and be measured as latency.
        const painted = page.evaluate(nextMeasure);
        await page.keyboard.type(char);
        keystrokes += 1;
        await painted;
      }
    }

    const durations = (name: string): Promise<number[]> =>
      page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)}).map((m) => m.duration)`);
    const total = await durations(MEASURE);
    const render = await durations(RENDER_MEASURE);
    const commit = await durations(COMMIT_MEASURE);
    expect(total).toHaveLength(keystrokes);
    expect(render).toHaveLength(keystrokes);
    // Where the time goes: the test bridge's round trip alone (a call that does no work), and the
    // same search requests straight to the service in Node (its caches are warm by now).
    const bridge: number[] = await page.evaluate(`(async () => {
      const out = [];
      for (let i = 0; i < 40; i++) {
        const t = performance.now();
        await window.samspil['app.info']({});
        out.push(performance.now() - t);
      }
      return out;
    })()`);
    const service: number[] = [];
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++) {
        const started = performance.now();
        await app.handlers['search.query']({ q: query.slice(0, i), limit: 20 });
        service.push(performance.now() - started);
      }
    }
    console.log(
      JSON.stringify({
        metric: MEASURE,
        unit: 'ms',
        queries: QUERIES.length,
        samples: total.length,
        ...summarize(total),
        targetP95: 16,
        rendererShare: { metric: RENDER_MEASURE, ...summarize(render) },
        reactShare: { metric: COMMIT_MEASURE, ...summarize(commit) },
        serviceShare: { metric: 'search.query in the main process', ...summarize(service) },
        bridgeRoundTrip: { metric: 'app.info through the test bridge', ...summarize(bridge) },
      }),
    );
  });
});
