// Cuts the best window of an entry's text around the matched words and marks the matches by
// position (UTF-16 offsets into the returned string), so the UI highlights without re-parsing.
import type { Span } from '../../shared/search/types';
import { tokenize } from '../../shared/search/danish';
import type { TokenMatcher } from './tokenMatcher';
import type { WordFinder } from './wordHighlighter';

export const SNIPPET_LENGTH = 200;
const LEAD_IN = 50;
const ELLIPSIS = '…';

interface Marked extends Span {
  slot: number;
}

function markedTokens(text: string, match: TokenMatcher): Marked[] {
  const marked: Marked[] = [];
  for (const token of tokenize(text)) {
    const hit = match(token.term);
    if (!hit) continue;
    const previous = marked[marked.length - 1];
    // A joined word and its parts overlap: keep one span covering both.
    if (previous && token.start < previous.end) previous.end = Math.max(previous.end, token.end);
    else marked.push({ start: token.start, end: token.end, slot: hit.slot });
  }
  return marked;
}

/** The words to mark: the fast finder where it can map the text, else the tokenizer. */
export interface Marker {
  find?: WordFinder;
  match: TokenMatcher;
}

function mark(text: string, marker: Marker): Marked[] {
  return marker.find?.(text) ?? markedTokens(text, marker.match);
}

/** Spans of every matched word in a short text such as a title. */
export function highlight(text: string, marker: Marker): Span[] {
  return mark(text, marker).map(({ start, end }) => ({ start, end }));
}

export function makeSnippet(
  text: string,
  marker: Marker,
  maxLength = SNIPPET_LENGTH,
): { snippet: string; spans: Span[] } {
  const marked = mark(text, marker);
  let from = 0;
  let anchorStart = 0;
  if (marked.length > 0) {
    // The window that holds the most different query words, then the most matches.
    let best = { index: 0, distinct: 0, count: 0 };
    for (let i = 0; i < marked.length; i++) {
      const limit = (marked[i] as Marked).start + maxLength - LEAD_IN;
      const slots = new Set<number>();
      let count = 0;
      for (let j = i; j < marked.length && (marked[j] as Marked).end <= limit; j++) {
        slots.add((marked[j] as Marked).slot);
        count++;
      }
      if (slots.size > best.distinct || (slots.size === best.distinct && count > best.count)) {
        best = { index: i, distinct: slots.size, count };
      }
    }
    anchorStart = (marked[best.index] as Marked).start;
    from = Math.max(0, anchorStart - LEAD_IN);
  }
  if (from > 0) {
    // Start on a word boundary, never after the first word the window was chosen for.
    const space = text.slice(from, anchorStart).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  let to = Math.min(text.length, from + maxLength);
  if (to < text.length) {
    const cut = text.slice(from, to).search(/\s\S*$/);
    if (cut > maxLength / 2) to = from + cut;
  }
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < text.length ? ELLIPSIS : '';
  // Whitespace becomes plain spaces one for one, so offsets need no mapping.
  const snippet = prefix + text.slice(from, to).replace(/\s/g, ' ') + suffix;
  const spans = marked
    .filter((m) => m.start >= from && m.end <= to)
    .map((m) => ({ start: m.start - from + prefix.length, end: m.end - from + prefix.length }));
  return { snippet, spans };
}
