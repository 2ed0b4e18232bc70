import type { QuotesMessages } from '../da/quotes';

export const quotes = {
  title: 'Quotes',
  intro:
    'Every quote from the evaluation’s interviews, verbatim, with who said it. Filter the list and copy a quote with its source into an email or a presentation.',
  filtersHeading: 'Filter quotes',
  filterPartnership: 'Partnership',
  filterTheme: 'Theme',
  filterFactor: 'Success factor',
  filterRole: 'Speaker’s role',
  all: 'All',
  clearFilters: 'Clear filters',
  count: 'Showing {shown} of {total} quotes',
  none: 'No quotes match the filters.',
} satisfies QuotesMessages;
