export const home = {
  title: 'Velkommen til Samspil',
  lead: 'Samspil samler erfaringerne fra to partnerskaber, hvor kommuner, frivilligcentre, aftenskoler, foreninger og et museum arbejdede sammen om frivillig faglighed for borgere med handicap fra 2015 til 2018.',
  body: 'Her kan du læse om partnerskaberne, finde citater fra de interviewede, se de succesfaktorer, kilden udleder af partnerskaberne, skrive dine egne noter om jeres lokale partnerskaber og samle et handout til en workshop. Alt virker uden netforbindelse.',
  partnershipsHeading: 'De to partnerskaber',
  readPartnership: 'Læs om {title}',
  waysInHeading: 'Veje ind i materialet',
  wayQuotesTitle: 'Citater',
  wayQuotesText:
    'Hvad sagde deltagerne selv? Filtrér efter partnerskab, tema, succesfaktor og rolle, og kopiér et citat med kilde.',
  wayFactorsTitle: 'Succesfaktorer',
  wayFactorsText:
    'De elementer, der gjorde partnerskaberne velfungerende, med forklaring, citater og læring.',
  waySearchTitle: 'Søg',
  waySearchText:
    'Skriv fx “tillid”, “kontrakt” eller “forankring” og se resultaterne, mens du skriver.',
  wayNotesTitle: 'Mine noter',
  wayNotesText:
    'Skriv noter om jeres egne partnerskaber og knyt dem til succesfaktorer og citater.',
  wayHandoutTitle: 'Handout',
  wayHandoutText:
    'Saml citater, faktorer, læring og noter til et handout, og eksportér det til PDF, Word eller Markdown.',
  facts: '{quotes} citater · {factors} succesfaktorer · {lessons} læringspunkter',
  sourceHeading: 'Kilden',
};
export type HomeMessages = typeof home;
