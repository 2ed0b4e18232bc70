import type { SearchMessages } from '../da/search';

export const search = {
  title: 'Search',
  intro:
    'Search quotes, success factors, lessons, partnerships and your own notes. Results appear as you type. The material is in Danish, so Danish words find the most.',
  fieldLabel: 'Search terms',
  resultsHeading: 'Results',
  resultCount: '{count} results for “{q}”',
  resultCount_one: '{count} result for “{q}”',
  resultCountOne: '1 result for “{q}”',
  noResults: 'No results for “{q}”. Try another word or fewer filters.',
  emptyQuery: 'Type a word to search, e.g. tillid, kontrakt, forankring or frivillige.',
  facetsHeading: 'Narrow down',
  facetKind: 'Type',
  facetPartnership: 'Partnership',
  facetGroup: 'Factor group',
  facetFactor: 'Success factor',
  clearFilters: 'Clear filters',
  keyboardHint: 'Use the up and down arrows to move through the results and Enter to open one.',
  showMore: 'Show {count} more results',
  showMore_one: 'Show {count} more result',
  matchFuzzy: 'similar word',
} satisfies SearchMessages;
