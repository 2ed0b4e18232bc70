import type { FactorsMessages } from '../da/factors';

export const factors = {
  title: 'Success factors',
  intro:
    'The evaluation identifies the elements that decide whether a partnership works and the factors that affect it. Choose a factor to see its explanation, the quotes and lessons that illustrate it, and your own notes.',
  explanation: 'Explanation',
  related: 'Related factors',
  quotesHeading: 'Quotes',
  lessonsHeading: 'Lessons',
  notesHeading: 'My notes on this factor',
  noNotes: 'You have no notes with this factor yet.',
  newNote: 'Write a note',
  noQuotes: 'No quotes are linked to this factor.',
  noLessons: 'No lessons are linked to this factor.',
  showQuotes: 'Show the quotes in the quote overview',
  quoteCount: '{count} quotes',
  quoteCount_one: '{count} quote',
  quoteCountOne: '1 quote',
  lessonsOverview: 'Cross-cutting lessons',
  lessonsOverviewIntro: 'The evaluation’s cross-cutting lessons.',
  lessonPartnerships: 'Partnerships',
  lessonFactors: 'Success factors',
  lessonQuotes: 'Quotes',
  notesUnavailable: 'Your notes could not be loaded: {message}',
  updated: 'Updated {date}',
} satisfies FactorsMessages;
