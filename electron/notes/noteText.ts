// The notes' Danish-aware full-text normalisation: the same tokenizer, accent folding, stop words
// and stemmer as the content search (shared/search/danish.ts), applied in JS at write time so
// FTS5 only ever sees stems; plus the query builder and the highlighting of matched words.
import type { Span } from '../../shared/search/types';
import { foldForMatch, isStopWord, stem, tokenize } from '../../shared/search/danish';

export function normalTerm(term: string): string {
  return stem(foldForMatch(term));
}

// term → its indexed form, or null for a stop word: bulk inserts meet the same words again and
// again, and folding, stop-word lookup and stemming are the bulk of their cost.
const indexedForms = new Map<string, string | null>();

function indexedForm(term: string): string | null {
  let form = indexedForms.get(term);
  if (form === undefined) {
    form = isStopWord(term) ? null : normalTerm(term);
    if (indexedForms.size > 100_000) indexedForms.clear();
    indexedForms.set(term, form);
  }
  return form;
}

/** The text FTS5 indexes for `text`: its stems, space-joined (stop words left out). */
export function ftsText(text: string): string {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const form = indexedForm(token.term);
    if (form !== null) terms.push(form);
  }
  return terms.join(' ');
}

export interface NoteQuery {
  /** The FTS5 MATCH expression: every term required, the last one as a prefix while typing. */
  match: string;
  terms: Set<string>;
  prefix: string | null;
}

function quoteTerm(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * Builds a MATCH expression from any user text. Terms come out of the tokenizer and are quoted,
 * so FTS5 syntax in the input ("AND", "*", quotes, colons, NEAR) is only ever text.
 * Null when nothing searchable is left.
 */
export function buildNoteQuery(q: string): NoteQuery | null {
  const tokens = tokenize(q.slice(0, 2000));
  const last = tokens[tokens.length - 1];
  const typing = last !== undefined && last.end === q.length;
  const content = tokens.filter((t) => !isStopWord(t.term));
  // A query of only stop words ("og") still searches for them as typed.
  const used = content.length > 0 ? content : typing && last ? [last] : [];
  if (used.length === 0) return null;
  const terms = new Set<string>();
  let prefix: string | null = null;
  const parts: string[] = [];
  used.forEach((token, i) => {
    const term = normalTerm(token.term);
    if (typing && i === used.length - 1 && token === last) {
      prefix = term;
      parts.push(`${quoteTerm(term)}*`);
    } else {
      terms.add(term);
      parts.push(quoteTerm(term));
    }
  });
  return { match: parts.join(' '), terms, prefix };
}

/** Spans of the words in `text` that the query matched (joined words and parts merged). */
export function matchSpans(text: string, query: NoteQuery): Span[] {
  const spans: Span[] = [];
  for (const token of tokenize(text)) {
    const term = normalTerm(token.term);
    const hit =
      query.terms.has(term) ||
      (query.prefix !== null &&
        (term.startsWith(query.prefix) || token.term.startsWith(query.prefix)));
    if (hit) spans.push({ start: token.start, end: token.end });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const prev = merged[merged.length - 1];
    if (prev && span.start <= prev.end) prev.end = Math.max(prev.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

const SNIPPET_LENGTH = 160;
const LEAD = 50;

/** A window of `text` around its first match, with the spans shifted into it. */
export function snippetOf(text: string, spans: Span[]): { snippet: string; spans: Span[] } {
  const flat = text.replace(/\s+/g, ' ');
  // Collapsing whitespace changes offsets, so spans are recomputed against the flat text's map.
  const map: number[] = [];
  let out = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i] as string);
    if (space && inSpace) {
      map.push(out - 1);
      continue;
    }
    map.push(out++);
    inSpace = space;
  }
  map.push(out);
  const first = spans[0];
  let start = first ? Math.max(0, (map[first.start] as number) - LEAD) : 0;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start =
      space >= 0 && space < (first ? (map[first.start] as number) : start) ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + SNIPPET_LENGTH);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const snippet = `${lead}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
  const shifted: Span[] = [];
  for (const span of spans) {
    const s = (map[span.start] as number) - start + lead.length;
    const e = (map[span.end] as number) - start + lead.length;
    if (s >= lead.length && e <= lead.length + (end - start)) shifted.push({ start: s, end: e });
  }
  return { snippet, spans: shifted };
}
