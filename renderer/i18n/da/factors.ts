export const factors = {
  title: 'Succesfaktorer',
  intro:
    'Evalueringen peger på de elementer, der afgør om et partnerskab fungerer, og de faktorer, der påvirker det. Vælg en faktor for at se forklaringen, de citater og den læring, der belyser den, og dine egne noter.',
  explanation: 'Forklaring',
  related: 'Beslægtede faktorer',
  quotesHeading: 'Citater',
  lessonsHeading: 'Læring',
  notesHeading: 'Mine noter om faktoren',
  noNotes: 'Du har ingen noter med denne faktor endnu.',
  newNote: 'Skriv en note',
  noQuotes: 'Ingen citater er knyttet til faktoren.',
  noLessons: 'Ingen læring er knyttet til faktoren.',
  showQuotes: 'Vis citaterne i citatoversigten',
  quoteCount: '{count} citater',
  lessonsOverview: 'Læring på tværs',
  lessonsOverviewIntro: 'De tværgående læringspunkter fra evalueringen.',
  lessonPartnerships: 'Partnerskaber',
  lessonFactors: 'Succesfaktorer',
  lessonQuotes: 'Citater',
  notesUnavailable: 'Dine noter kunne ikke hentes: {message}',
  updated: 'Opdateret {date}',
};
export type FactorsMessages = typeof factors;
