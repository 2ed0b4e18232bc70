// The range a note's timestamps live in. JavaScript dates reach year 275,760, but ISO 8601's
// four-digit years (and the import's parser) end at 9999, so one edit of a note stamped
// 9999-12-31T23:59:59.999Z would write a six-digit year that no import accepts. Every stamp
// Samspil writes, imports or exports stays inside this range, so its own export always imports.
export const EARLIEST_TIME = '1900-01-01T00:00:00.000Z';
export const LATEST_TIME = '2999-12-31T23:59:59.999Z';

const earliest = Date.parse(EARLIEST_TIME);
const latest = Date.parse(LATEST_TIME);

export function inTimeRange(iso: string): boolean {
  const t = Date.parse(iso);
  return Number.isFinite(t) && t >= earliest && t <= latest;
}

/** The nearest time inside the range (for stamps stored before the range was enforced). */
export function clampTime(iso: string): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return EARLIEST_TIME;
  return new Date(Math.min(latest, Math.max(earliest, t))).toISOString();
}
