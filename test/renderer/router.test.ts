import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, sectionOf, type Route } from '../../renderer/app/router';

const cases: { hash: string; route: Route }[] = [
  { hash: '#/', route: { name: 'home' } },
  { hash: '#/partnerskaber', route: { name: 'partnerships' } },
  { hash: '#/partnerskaber/grow-your-life', route: { name: 'partnership', id: 'grow-your-life' } },
  {
    hash: '#/partnerskaber/grow-your-life/formalisering',
    route: { name: 'partnership', id: 'grow-your-life', section: 'formalisering' },
  },
  { hash: '#/citater', route: { name: 'quotes', filters: {} } },
  {
    hash: '#/citater?partnerskab=grow-your-life&tema=Forankring&faktor=a-b&rolle=Leder+af+x',
    route: {
      name: 'quotes',
      filters: {
        partnership: 'grow-your-life',
        theme: 'Forankring',
        factor: 'a-b',
        role: 'Leder af x',
      },
    },
  },
  { hash: '#/faktorer', route: { name: 'factors' } },
  { hash: '#/faktorer/relation-x', route: { name: 'factor', id: 'relation-x' } },
  { hash: '#/laering/laering-x', route: { name: 'lesson', id: 'laering-x' } },
  { hash: '#/soeg', route: { name: 'search', q: '', filters: {} } },
  { hash: '#/soeg?q=tillid', route: { name: 'search', q: 'tillid', filters: {} } },
  {
    hash: '#/soeg?q=%C3%B8konomi+%26+r%C3%A5d&type=quote&partnerskab=p&gruppe=relational&faktor=f',
    route: {
      name: 'search',
      q: 'økonomi & råd',
      filters: { kind: 'quote', partnership: 'p', group: 'relational', factor: 'f' },
    },
  },
  {
    hash: '#/soeg?q=tillid&forfatter=Anne+Holm%2CHolm%252C+Bo',
    route: { name: 'search', q: 'tillid', filters: { author: 'Anne Holm,Holm%2C Bo' } },
  },
  { hash: '#/noter', route: { name: 'notes' } },
  { hash: '#/noter/ny', route: { name: 'noteNew' } },
  {
    hash: '#/noter/0b6c2c1e-7d3a-4a55-9d8e-3f1e2a9b7c10',
    route: { name: 'note', id: '0b6c2c1e-7d3a-4a55-9d8e-3f1e2a9b7c10' },
  },
  { hash: '#/handout', route: { name: 'handout' } },
  { hash: '#/indstillinger', route: { name: 'settings' } },
];

describe('router', () => {
  it.each(cases)('parses $hash and formats it back', ({ hash, route }) => {
    expect(parseHash(hash)).toEqual(route);
    expect(parseHash(formatHash(route))).toEqual(route);
  });

  it.each([
    { hash: '', expected: { name: 'home' } },
    { hash: '#', expected: { name: 'home' } },
    { hash: '#/ukendt', expected: { name: 'notFound', path: '/ukendt' } },
    { hash: '#/faktorer/a/b', expected: { name: 'notFound', path: '/faktorer/a/b' } },
    { hash: '#/citater/x', expected: { name: 'notFound', path: '/citater/x' } },
    { hash: '#/faktorer/%E0%A4%A', expected: { name: 'factor', id: '%E0%A4%A' } },
  ])('treats $hash as $expected.name', ({ hash, expected }) => {
    expect(parseHash(hash)).toEqual(expected);
  });

  it('leaves out empty filters and an empty query when formatting', () => {
    expect(formatHash({ name: 'search', q: '', filters: { kind: undefined } })).toBe('#/soeg');
    expect(formatHash({ name: 'quotes', filters: { theme: '' } })).toBe('#/citater');
  });

  it.each([
    { route: { name: 'partnership', id: 'x' }, section: 'partnerships' },
    { route: { name: 'lesson', id: 'x' }, section: 'factors' },
    { route: { name: 'noteNew' }, section: 'notes' },
    { route: { name: 'notFound', path: '/x' }, section: null },
  ] as { route: Route; section: string | null }[])(
    'puts $route.name under $section in the navigation',
    ({ route, section }) => {
      expect(sectionOf(route)).toBe(section);
    },
  );
});
