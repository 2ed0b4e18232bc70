// The line that says what was searched when English was translated or a typo corrected.
export const searchedFor = {
  showingFor: 'Viser resultater for',
  searchExactly: 'Søg præcis efter “{q}”',
  showingExactly: 'Viser resultater for præcis det, du skrev:',
  searchInterpreted: 'Søg efter “{text}” i stedet',
};
export type SearchedForMessages = typeof searchedFor;
