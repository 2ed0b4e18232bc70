// Chooses the best window of an entry's text around the matched words and marks the matches by
// position (UTF-16 offsets into the returned string), so the UI highlights without re-parsing.
// The cutting itself is shared with the notes' snippets (shared/search/snippetWindow.ts).
import type { Span } from '../../../shared/search/types';
import { tokenize } from '../../../shared/search/danish';
import { asRunningText } from '../../../shared/content/runningText';
import { cutSnippet } from '../../../shared/search/snippetWindow';
import type { TokenMatcher } from './tokenMatcher';
import type { WordFinder } from './wordHighlighter';

export const SNIPPET_LENGTH = 200;
const LEAD_IN = 50;

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

/** The index of the mark that starts the window holding the most query words, then matches. */
function bestWindowStart(marked: readonly Marked[], maxLength: number): number {
  // Sliding window over the marks: how many marks and how many different slots it holds.
  let best = { index: 0, distinct: 0, count: 0 };
  const perSlot = new Map<number, number>();
  let j = 0;
  for (let i = 0; i < marked.length; i++) {
    const limit = (marked[i] as Marked).start + maxLength - LEAD_IN;
    if (j <= i) {
      // Only a mark longer than the window itself can leave the window empty.
      perSlot.clear();
      j = i;
    }
    for (; j < marked.length && (marked[j] as Marked).end <= limit; j++) {
      const slot = (marked[j] as Marked).slot;
      perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
    }
    const count = j - i;
    if (perSlot.size > best.distinct || (perSlot.size === best.distinct && count > best.count)) {
      best = { index: i, distinct: perSlot.size, count };
    }
    const leaving = (marked[i] as Marked).slot;
    const left = (perSlot.get(leaving) ?? 0) - 1;
    if (left > 0) perSlot.set(leaving, left);
    else perSlot.delete(leaving);
  }
  return best.index;
}

export function makeSnippet(
  blocks: string,
  marker: Marker,
  maxLength = SNIPPET_LENGTH,
): { snippet: string; spans: Span[] } {
  // Headings, box titles and list items are lines of their own; in a snippet they read as sentences.
  const text = asRunningText(blocks);
  const marked = mark(text, marker);
  return cutSnippet(text, marked, bestWindowStart(marked, maxLength), {
    length: maxLength,
    leadIn: LEAD_IN,
  });
}
