export const search = {
  title: 'Søg',
  intro:
    'Søg i citater, succesfaktorer, læring, partnerskaber og dine egne noter. Resultaterne kommer, mens du skriver.',
  fieldLabel: 'Søgeord',
  resultsHeading: 'Resultater',
  resultCount: '{count} resultater for “{q}”',
  resultCount_one: '{count} resultat for “{q}”',
  resultCountOne: '1 resultat for “{q}”',
  noResults: 'Ingen resultater for “{q}”. Prøv et andet ord eller færre filtre.',
  emptyQuery: 'Skriv et ord for at søge, fx tillid, kontrakt, forankring eller frivillige.',
  facetsHeading: 'Afgræns',
  facetKind: 'Type',
  facetPartnership: 'Partnerskab',
  facetGroup: 'Faktorgruppe',
  facetFactor: 'Succesfaktor',
  clearFilters: 'Nulstil afgrænsning',
  keyboardHint: 'Brug pil op og pil ned for at gå gennem resultaterne, og Enter for at åbne.',
  showMore: 'Vis {count} resultater mere',
  showMore_one: 'Vis {count} resultat mere',
  matchFuzzy: 'lignende ord',
};
export type SearchMessages = typeof search;
