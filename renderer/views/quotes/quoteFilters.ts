// Filtering the quote list and offering the filter options. Pure, unit-tested.
import type { QuoteEntry } from '../../../shared/content/types';
import type { QuoteFilters } from '../../app/router';

export function filterQuotes(quotes: QuoteEntry[], filters: QuoteFilters): QuoteEntry[] {
  return quotes.filter(
    (q) =>
      (!filters.partnership || q.partnership === filters.partnership) &&
      (!filters.theme || q.theme === filters.theme) &&
      (!filters.factor || q.factors.includes(filters.factor)) &&
      (!filters.role || q.speaker.role === filters.role),
  );
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
    roles: distinctSorted(quotes.map((q) => q.speaker.role)),
    factorIds: [...new Set(quotes.flatMap((q) => q.factors))],
  };
}
