import type { HomeMessages } from '../da/home';

export const home = {
  title: 'Welcome to Samspil',
  lead: 'Samspil gathers the experience of two partnerships in which municipalities, volunteer centres, evening schools, associations and a museum worked together on volunteers’ professional skills for citizens with disabilities from 2015 to 2018.',
  body: 'Here you can read about the partnerships, find quotes from the people interviewed, see the success factors the source draws from the partnerships, write your own notes about your local partnerships and put together a handout for a workshop. Everything works without a network connection. The material itself is in Danish.',
  partnershipsHeading: 'The two partnerships',
  readPartnership: 'Read about {title}',
  waysInHeading: 'Ways into the material',
  wayQuotesTitle: 'Quotes',
  wayQuotesText:
    'What did the participants say? Filter by partnership, theme, success factor and role, and copy a quote with its source.',
  wayFactorsTitle: 'Success factors',
  wayFactorsText:
    'The elements that made the partnerships work, with explanations, quotes and lessons.',
  waySearchTitle: 'Search',
  waySearchText: 'Type e.g. “tillid”, “kontrakt” or “forankring” and see results as you type.',
  wayNotesTitle: 'My notes',
  wayNotesText:
    'Write notes about your own partnerships and link them to success factors and quotes.',
  wayHandoutTitle: 'Handout',
  wayHandoutText:
    'Collect quotes, factors, lessons and notes into a handout and export it to PDF, Word or Markdown.',
  facts: '{quotes} quotes · {factors} success factors · {lessons} lessons',
  sourceHeading: 'The source',
} satisfies HomeMessages;
