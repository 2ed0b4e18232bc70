import type { QuotesMessages } from '../da/quotes';

export const quotes = {
  title: 'Quotes',
  intro:
    'Every quote in the source, verbatim, with who said it – and how surely the source says so. Filter the list and copy a quote with its source into an email or a presentation.',
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
