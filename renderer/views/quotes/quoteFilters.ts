// Filtering the quote list and offering the filter options. Pure, unit-tested.
import type { QuoteEntry } from '../../../shared/content/types';
import type { QuoteFilters } from '../../app/router';
import { filterQuotesByFacets, normaliseRole } from './quoteFacets';

/** Roles compare by their normalised name (quoteFacets.ts), so either spelling finds both. */
export function filterQuotes(quotes: QuoteEntry[], filters: QuoteFilters): QuoteEntry[] {
  return filterQuotesByFacets(quotes, filters);
}

/** Distinct values, sorted the Danish way (æ, ø, å last). */
function distinctSorted(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'da'));
}

export function quoteFilterOptions(quotes: QuoteEntry[]): {
  themes: string[];
  roles: string[];
  factorIds: string[];
} {
  return {
    themes: distinctSorted(quotes.map((q) => q.theme)),
    roles: distinctSorted(quotes.map((q) => normaliseRole(q.speaker.role))),
    factorIds: [...new Set(quotes.flatMap((q) => q.factors))],
  };
}
