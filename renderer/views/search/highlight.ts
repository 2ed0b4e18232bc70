// Cuts a string into plain and highlighted segments by the search service's spans (UTF-16
// offsets, end exclusive), without re-parsing the text. Pure, unit-tested.
import type { Span } from '../../../shared/search/types';

export interface Segment {
  text: string;
  mark: boolean;
}

export function segmentsOf(text: string, spans: readonly Span[]): Segment[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of sorted) {
    // Overlapping spans merge into the highlight already emitted.
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
