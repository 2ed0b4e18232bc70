// Keystroke-to-results-painted, measured in the real renderer: types queries into the header
// search field one key at a time and reads the renderer's measures (see renderer/views/search/
// searchPerf.ts). Used by the perf e2e test and by `npm run bench -- typing`; it reports
// figures and asserts nothing about time.
import { summarize } from '../../scripts/bench/stats';
import type { AppHarness } from './harness';

export const TYPED_QUERIES = [
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

/** Resolves in the page when the next keystroke-to-paint measure has been recorded. */
const nextMeasure = `new Promise((resolve) => {
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(${JSON.stringify(MEASURE)}).length === 0) return;
    observer.disconnect();
    resolve(null);
  });
  observer.observe({ entryTypes: ['measure'] });
})`;

interface TypingFigures {
  metric: string;
  unit: 'ms';
  keystrokes: number;
  samples: number;
  p50: number;
  p95: number;
  max: number;
  rendererShare: ReturnType<typeof summarize>;
  reactShare: ReturnType<typeof summarize>;
  serviceShare: ReturnType<typeof summarize>;
  bridgeRoundTrip: ReturnType<typeof summarize>;
}

export async function measureTyping(
  app: AppHarness,
  queries: string[] = TYPED_QUERIES,
): Promise<TypingFigures> {
  const { page } = app;
  const field = page.locator('#global-search');
  await field.waitFor();
  // One untimed warm-up query, so the figure is about typing, not the first call's JIT.
  await field.fill('partnerskab');
  await page.locator('[data-search-result]').first().waitFor();
  await page.evaluate('performance.clearMeasures()');

  let keystrokes = 0;
  for (const query of queries) {
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
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      const started = performance.now();
      await app.handlers['search.query']({ q: query.slice(0, i), limit: 20 });
      service.push(performance.now() - started);
    }
  }
  return {
    metric: MEASURE,
    unit: 'ms',
    keystrokes,
    samples: total.length,
    ...summarize(total),
    rendererShare: summarize(await durations(RENDER_MEASURE)),
    reactShare: summarize(await durations(COMMIT_MEASURE)),
    serviceShare: summarize(service),
    bridgeRoundTrip: summarize(bridge),
  };
}
