import type { SearchedForMessages } from '../da/searchedFor';

export const searchedFor = {
  showingFor: 'Showing results for',
  searchExactly: 'Search for exactly “{q}”',
  showingExactly: 'Showing results for exactly what you typed:',
  searchInterpreted: 'Search for “{text}” instead',
} satisfies SearchedForMessages;
