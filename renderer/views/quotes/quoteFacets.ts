// The quote filters as facets: speaker roles normalised for filtering (the card keeps the words
// of the source), each filter's options counted over the quotes the other filters leave, and the
// orders of the list. Pure, unit-tested.
import type { QuoteEntry } from '../../../shared/content/types';
import type { QuoteFilters } from '../../app/router';

/**
 * One name for the roles the source writes in several ways: "Koordinator i/på
 * frivilligcenteret", "Repræsentant for (den) en af aftenskolerne"; remarks in brackets, such as
 * "(talerens rolle er ikke oplyst)", are left out of the filter.
 */
export function normaliseRole(role: string): string {
  const plain = role
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\b(?:på|i) frivilligcent(?:e)?ret\b/giu, 'i frivilligcenteret')
    .replace(/\bden ene af\b/giu, 'en af')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.charAt(0).toLocaleUpperCase('da') + plain.slice(1);
}

type FacetKey = keyof QuoteFilters;
const FACET_KEYS: FacetKey[] = ['partnership', 'theme', 'factor', 'role'];

function matches(quote: QuoteEntry, key: FacetKey, value: string): boolean {
  switch (key) {
    case 'partnership':
      return quote.partnership === value;
    case 'theme':
      return quote.theme === value;
    case 'factor':
      return quote.factors.includes(value);
    case 'role':
      return normaliseRole(quote.speaker.role) === normaliseRole(value);
  }
}

function valuesOf(quote: QuoteEntry, key: FacetKey): string[] {
  switch (key) {
    case 'partnership':
      return [quote.partnership];
    case 'theme':
      return [quote.theme];
    case 'factor':
      return quote.factors;
    case 'role':
      return [normaliseRole(quote.speaker.role)];
  }
}

export function filterQuotesByFacets(
  quotes: QuoteEntry[],
  filters: QuoteFilters,
  except?: FacetKey,
): QuoteEntry[] {
  return quotes.filter((q) =>
    FACET_KEYS.every((key) => key === except || !filters[key] || matches(q, key, filters[key])),
  );
}

/** For each filter, how many quotes each value would show with the other filters as they are. */
export function facetCounts(
  quotes: QuoteEntry[],
  filters: QuoteFilters,
): Record<FacetKey, Map<string, number>> {
  const counts = {} as Record<FacetKey, Map<string, number>>;
  for (const key of FACET_KEYS) {
    const map = new Map<string, number>();
    for (const quote of filterQuotesByFacets(quotes, filters, key)) {
      for (const value of new Set(valuesOf(quote, key))) map.set(value, (map.get(value) ?? 0) + 1);
    }
    counts[key] = map;
  }
  return counts;
}

export const QUOTE_SORTS = ['source', 'partnership', 'theme'] as const;
export type QuoteSort = (typeof QUOTE_SORTS)[number];

/** Source order as built; by partnership title, or by theme (Danish order), source order within. */
export function sortQuotes(
  quotes: QuoteEntry[],
  sort: QuoteSort,
  partnershipTitle: (id: string) => string,
): QuoteEntry[] {
  if (sort === 'source') return quotes;
  const key = (q: QuoteEntry) => (sort === 'theme' ? q.theme : partnershipTitle(q.partnership));
  return quotes
    .map((quote, order) => ({ quote, order }))
    .sort((a, b) => key(a.quote).localeCompare(key(b.quote), 'da') || a.order - b.order)
    .map(({ quote }) => quote);
}
