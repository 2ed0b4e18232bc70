// The one snippet cutter of content hits and note hits: a window of running text (see
// shared/content/runningText.ts) that starts a little before a chosen match, on a word boundary,
// ends on one where it can, never halves an emoji, and carries the match spans shifted into it.
// The callers choose the match the window is anchored on. Pure.
import type { Span } from './types';

const ELLIPSIS = '…';

export interface SnippetWindow {
  /** Characters of text the window holds, ellipses not counted. */
  length: number;
  /** How far before the anchoring match the window may start. */
  leadIn: number;
}

const isSpace = (code: number): boolean =>
  code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

function windowStart(text: string, anchor: number | undefined, leadIn: number): number {
  if (anchor === undefined) return 0;
  let from = Math.max(0, anchor - leadIn);
  if (from > 0) {
    // Start on a word boundary, never after the match the window is anchored on.
    for (let i = from; i < anchor; i++) {
      if (isSpace(text.charCodeAt(i))) return i + 1;
    }
  }
  if (isLowSurrogate(text.charCodeAt(from))) from++;
  return from;
}

function windowEnd(text: string, from: number, length: number): number {
  let to = Math.min(text.length, from + length);
  if (to >= text.length) return to;
  // End on a word boundary unless that would throw away half the window.
  for (let i = to; i > from + length / 2; i--) {
    if (isSpace(text.charCodeAt(i))) return i;
  }
  if (isLowSurrogate(text.charCodeAt(to))) to++;
  return to;
}

/**
 * The window of `text` around the span at `spans[anchorIndex]` (the text's start when there is
 * none), with the spans that fit inside it as offsets into the returned snippet.
 */
export function cutSnippet(
  text: string,
  spans: readonly Span[],
  anchorIndex: number,
  { length, leadIn }: SnippetWindow,
): { snippet: string; spans: Span[] } {
  const from = windowStart(text, spans[anchorIndex]?.start, leadIn);
  const to = windowEnd(text, from, length);
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < text.length ? ELLIPSIS : '';
  // Whitespace becomes plain spaces one for one, so offsets need no mapping.
  const snippet = prefix + text.slice(from, to).replace(/\s/g, ' ') + suffix;
  const shifted = spans
    .filter((s) => s.start >= from && s.end <= to)
    .map((s) => ({ start: s.start - from + prefix.length, end: s.end - from + prefix.length }));
  return { snippet, spans: shifted };
}
