import type { SearchAuthorMessages } from '../da/searchAuthor';

export const searchAuthor = {
  facetAuthor: 'Author',
  hitAuthor: 'by {name}',
} satisfies SearchAuthorMessages;
