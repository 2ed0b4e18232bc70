export const partnerships = {
  title: 'Partnerskaber',
  intro:
    'To partnerskaber mellem kommune, civilsamfund og kulturinstitutioner. Hvert partnerskab er beskrevet afsnit for afsnit, med deltagernes egne ord undervejs.',
  place: 'Sted',
  period: 'Periode',
  targetGroup: 'Målgruppe',
  partners: 'Partnere',
  contents: 'Indhold',
  quotesInSection: 'Citater i afsnittet',
  quoteCount: '{count} citater',
  quoteCount_one: '{count} citat',
  quoteCountOne: '1 citat',
  readMore: 'Læs om partnerskabet',
  sectionAddLabel: 'afsnittet {heading}',
  backToList: 'Alle partnerskaber',
};
export type PartnershipsMessages = typeof partnerships;
