// Keystroke-to-results-painted timing: a mark when the search field changes, and a measure when
// the results for that exact query have been committed and the next frame starts. The e2e suite
// reads the `search-keystroke-to-paint` measures; nothing here changes behaviour.
export const INPUT_MARK = 'search-input';
export const PAINT_MARK = 'search-results-painted';
export const MEASURE = 'search-keystroke-to-paint';

let pending: { q: string; mark: PerformanceMark } | null = null;

export function markSearchInput(q: string): void {
  pending = { q, mark: performance.mark(INPUT_MARK, { detail: q }) };
}

/** Called after results for `q` were committed to the DOM. */
export function markResultsCommitted(q: string): void {
  const started = pending;
  if (!started || started.q !== q) return;
  pending = null;
  requestAnimationFrame(() => {
    const end = performance.mark(PAINT_MARK, { detail: q });
    performance.measure(MEASURE, { start: started.mark.startTime, end: end.startTime, detail: q });
  });
}
