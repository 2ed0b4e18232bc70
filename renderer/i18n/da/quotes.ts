export const quotes = {
  title: 'Citater',
  intro:
    'Alle citater i kilden, ordret, med hvem der sagde dem – og hvor sikkert kilden siger det. Filtrér listen, og kopiér et citat med kilde til en mail eller et oplæg.',
  filtersHeading: 'Filtrér citater',
  filterPartnership: 'Partnerskab',
  filterTheme: 'Tema',
  filterFactor: 'Succesfaktor',
  filterRole: 'Talerens rolle',
  all: 'Alle',
  clearFilters: 'Nulstil filtre',
  count: 'Viser {shown} af {total} citater',
  none: 'Ingen citater passer til filtrene.',
};
export type QuotesMessages = typeof quotes;
