// Search by author in the team library: the facet and a shared note's author on its hit.
export const searchAuthor = {
  facetAuthor: 'Forfatter',
  hitAuthor: 'af {name}',
};
export type SearchAuthorMessages = typeof searchAuthor;
