// The notes' Danish-aware full-text normalisation: the same tokenizer, accent folding, stop words
// and stemmer as the content search (shared/search/danish.ts), applied in JS at write time so
// FTS5 only ever sees stems; plus the query builder and the highlighting of matched words.
import type { Span } from '../../../shared/search/types';
import { asRunningText } from '../../../shared/content/runningText';
import { foldForMatch, isStopWord, stem, tokenize, wordsOf } from '../../../shared/search/danish';
import { cutSnippet } from '../../../shared/search/snippetWindow';

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

// word as written → the indexed forms of its tokens, space-joined ('' when all are stop words).
// Bulk inserts meet the same written words again and again; this skips tokenizing them anew.
const wordForms = new Map<string, string>();

function formsOfWord(word: string): string {
  let forms = wordForms.get(word);
  if (forms === undefined) {
    const parts: string[] = [];
    for (const token of tokenize(word)) {
      const form = indexedForm(token.term);
      if (form) parts.push(form); // null for a stop word, '' for a lone combining mark
    }
    forms = parts.join(' ');
    if (wordForms.size > 100_000) wordForms.clear();
    wordForms.set(word, forms);
  }
  return forms;
}

/**
 * The text FTS5 indexes for `text`: its stems, space-joined (stop words left out). The same
 * terms as tokenizing the whole text, word by word: a word is tokenized alone exactly as within
 * its text.
 */
export function ftsText(text: string): string {
  const terms: string[] = [];
  for (const match of wordsOf(text)) {
    const forms = formsOfWord(match[0]);
    if (forms) terms.push(forms);
  }
  return terms.join(' ');
}

export interface NoteQuery {
  /** The FTS5 MATCH expression. */
  match: string;
  terms: Set<string>;
  /** Indexed terms (stems) that start with one of these match too. */
  prefixes: string[];
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
  return { match: parts.join(' '), terms, prefixes: prefix === null ? [] : [prefix] };
}

/**
 * The MATCH expression of an expanded query: any term or prefix of any word (the search service
 * ranks partial matches itself). Terms are quoted, so nothing in them is FTS5 syntax.
 */
export function buildTermQuery(query: {
  slots: { terms: string[]; prefixes: string[] }[];
}): NoteQuery | null {
  const terms = new Set<string>();
  const prefixes = new Set<string>();
  for (const slot of query.slots) {
    for (const term of slot.terms) if (term) terms.add(term);
    for (const prefix of slot.prefixes) if (prefix) prefixes.add(prefix);
  }
  const parts = [...[...terms].map(quoteTerm), ...[...prefixes].map((p) => `${quoteTerm(p)}*`)];
  if (parts.length === 0) return null;
  return { match: parts.join(' OR '), terms, prefixes: [...prefixes] };
}

/** Spans of the words in `text` that the query matched (joined words and parts merged). */
export function matchSpans(text: string, query: NoteQuery): Span[] {
  const spans: Span[] = [];
  for (const token of tokenize(text)) {
    const term = normalTerm(token.term);
    const hit =
      query.terms.has(term) ||
      query.prefixes.some((prefix) => term.startsWith(prefix) || token.term.startsWith(prefix));
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

/** A note's snippet: 160 characters of running text from a little before its first match. */
const NOTE_WINDOW = { length: 160, leadIn: 50 };

/**
 * The snippet of a note's plain text: read as running text (a heading ends its sentence), cut
 * around the first word the query matched, with the matched words' spans inside it.
 */
export function noteSnippet(plain: string, query: NoteQuery): { snippet: string; spans: Span[] } {
  const text = asRunningText(plain);
  return cutSnippet(text, matchSpans(text, query), 0, NOTE_WINDOW);
}
