import type { PartnershipsMessages } from '../da/partnerships';

export const partnerships = {
  title: 'Partnerships',
  intro:
    'Two partnerships between municipality, civil society and cultural institutions. Each partnership is described section by section, with the participants’ own words along the way.',
  place: 'Place',
  period: 'Period',
  targetGroup: 'Target group',
  partners: 'Partners',
  contents: 'Contents',
  quotesInSection: 'Quotes in this section',
  quoteCount: '{count} quotes',
  quoteCount_one: '{count} quote',
  quoteCountOne: '1 quote',
  readMore: 'Read about the partnership',
  sectionAddLabel: 'the section {heading}',
  backToList: 'All partnerships',
} satisfies PartnershipsMessages;
