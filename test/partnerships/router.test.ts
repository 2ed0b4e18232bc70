// The routes of Mine partnerskaber, both ways, as a table.
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, sectionOf, type Route } from '../../renderer/app/router';

const ID = '4c81b55b-59a0-46f8-870b-481f60804898';
const cases: { hash: string; route: Route }[] = [
  { hash: '#/mine-partnerskaber', route: { name: 'myPartnerships' } },
  { hash: '#/mine-partnerskaber/ny', route: { name: 'myPartnershipNew' } },
  { hash: `#/mine-partnerskaber/${ID}`, route: { name: 'myPartnership', id: ID, tab: 'profile' } },
  {
    hash: `#/mine-partnerskaber/${ID}/rediger`,
    route: { name: 'myPartnership', id: ID, tab: 'edit' },
  },
  {
    hash: `#/mine-partnerskaber/${ID}/udvikling`,
    route: { name: 'myPartnership', id: ID, tab: 'compare' },
  },
  {
    hash: `#/mine-partnerskaber/${ID}/handout`,
    route: { name: 'myPartnership', id: ID, tab: 'handout' },
  },
  {
    hash: '#/mine-partnerskaber/faktor/struktur-legitimitet',
    route: { name: 'myFactor', id: 'struktur-legitimitet' },
  },
];

describe('Mine partnerskaber routes', () => {
  for (const { hash, route } of cases) {
    it(`${hash} ⇄ ${JSON.stringify(route)}`, () => {
      expect(parseHash(hash)).toEqual(route);
      expect(formatHash(route)).toBe(hash);
      expect(sectionOf(route)).toBe('myPartnerships');
    });
  }
  it('gives unknown pages as not found', () => {
    expect(parseHash(`#/mine-partnerskaber/${ID}/ukendt`).name).toBe('notFound');
    expect(parseHash(`#/mine-partnerskaber/${ID}/rediger/mere`).name).toBe('notFound');
  });
});
