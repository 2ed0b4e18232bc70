// Finds the user's partnerships by their name, partners, target group and purpose, and by the
// comments of their assessments. The same tokenizer, folding and Danish stemmer as the rest of
// search; every word of the query must occur somewhere in the partnership (as for notes), a word
// matching by stem or as a prefix. The partnerships are few, so a scan is fast enough.
import { foldForMatch, isStopWord, stem, tokenize } from '../search/danish';
import type { Span } from '../search/types';

export type SearchField = 'name' | 'partner' | 'about' | 'comment';

export interface SearchableRow {
  partnershipId: string;
  field: SearchField;
  text: string;
  factorId: string | null;
}

export interface PartnershipSearchMatch {
  field: SearchField;
  factorId: string | null;
  snippet: string;
  spans: Span[];
}

export interface PartnershipSearchHit {
  partnershipId: string;
  name: string;
  matches: PartnershipSearchMatch[];
}

interface QueryWord {
  folded: string;
  stemmed: string;
}

function queryWords(q: string): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const { term } of tokenize(q)) {
    const folded = foldForMatch(term);
    if (isStopWord(folded) || seen.has(folded)) continue;
    seen.add(folded);
    words.push({ folded, stemmed: stem(folded) });
  }
  return words;
}

/** Which query words the text holds, and where. */
function matchText(text: string, words: QueryWord[]): { found: Set<number>; spans: Span[] } {
  const found = new Set<number>();
  const spans: Span[] = [];
  for (const token of tokenize(text)) {
    const folded = foldForMatch(token.term);
    const i = words.findIndex((w) => folded.startsWith(w.folded) || stem(folded) === w.stemmed);
    if (i < 0) continue;
    found.add(i);
    spans.push({ start: token.start, end: token.end });
  }
  return { found, spans };
}

const SNIPPET = 160;

function snippetOf(text: string, spans: Span[]): { snippet: string; spans: Span[] } {
  const first = spans[0]?.start ?? 0;
  const start = text.length <= SNIPPET ? 0 : Math.max(0, first - 40);
  const end = Math.min(text.length, start + SNIPPET);
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  return {
    snippet: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    spans: spans
      .filter((s) => s.start >= start && s.end <= end)
      .map((s) => ({ start: s.start + shift, end: s.end + shift })),
  };
}

export function searchPartnerships(
  rows: readonly SearchableRow[],
  names: ReadonlyMap<string, string>,
  q: string,
  limit = 20,
): PartnershipSearchHit[] {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const byPartnership = new Map<
    string,
    { found: Set<number>; matches: PartnershipSearchMatch[] }
  >();
  for (const row of rows) {
    const { found, spans } = matchText(row.text, words);
    if (found.size === 0) continue;
    const entry = byPartnership.get(row.partnershipId) ?? { found: new Set(), matches: [] };
    for (const i of found) entry.found.add(i);
    entry.matches.push({ field: row.field, factorId: row.factorId, ...snippetOf(row.text, spans) });
    byPartnership.set(row.partnershipId, entry);
  }
  const hits: PartnershipSearchHit[] = [];
  for (const [partnershipId, entry] of byPartnership) {
    if (entry.found.size < words.length) continue;
    hits.push({ partnershipId, name: names.get(partnershipId) ?? '', matches: entry.matches });
  }
  // Name matches first, then by how many places match.
  const rank = (h: PartnershipSearchHit) =>
    (h.matches.some((m) => m.field === 'name') ? 1000 : 0) + h.matches.length;
  return hits
    .sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name, 'da'))
    .slice(0, limit);
}
