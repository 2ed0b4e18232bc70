// Keystroke-to-results-painted timing: a mark when the search field changes, a mark when the
// answer for that exact query arrives, and measures in the first animation frame after the results
// were committed. `search-keystroke-to-paint` is the whole path; `search-response-to-paint` is the
// renderer's own share of it. The e2e suite reads them; nothing here changes behaviour.
export const INPUT_MARK = 'search-input';
export const RESPONSE_MARK = 'search-response';
export const PAINT_MARK = 'search-results-painted';
export const MEASURE = 'search-keystroke-to-paint';
export const RENDER_MEASURE = 'search-response-to-paint';
/** The React render and commit alone: from the answer to the results in the DOM. */
export const COMMIT_MEASURE = 'search-response-to-commit';

let pending: { q: string; input: number; response: number | null } | null = null;

export function markSearchInput(q: string): void {
  pending = { q, input: performance.mark(INPUT_MARK, { detail: q }).startTime, response: null };
}

/** Called when the search answer for `q` has arrived, before React renders it. */
export function markSearchResponse(q: string): void {
  if (pending?.q === q) pending.response = performance.mark(RESPONSE_MARK, { detail: q }).startTime;
}

/** Called after results for `q` were committed to the DOM. */
export function markResultsCommitted(q: string): void {
  const started = pending;
  if (!started || started.q !== q) return;
  pending = null;
  if (started.response !== null) {
    performance.measure(COMMIT_MEASURE, { start: started.response, end: performance.now() });
  }
  requestAnimationFrame(() => {
    const end = performance.mark(PAINT_MARK, { detail: q }).startTime;
    if (started.response !== null)
      performance.measure(RENDER_MEASURE, { start: started.response, end, detail: q });
    performance.measure(MEASURE, { start: started.input, end, detail: q });
  });
}
