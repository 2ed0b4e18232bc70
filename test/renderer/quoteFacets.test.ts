import { describe, expect, it } from 'vitest';
import type { QuoteEntry } from '../../shared/content/types';
import {
  facetCounts,
  filterQuotesByFacets,
  normaliseRole,
  sortQuotes,
} from '../../renderer/views/quotes/quoteFacets';

const quote = (id: string, partnership: string, theme: string, role: string, factors: string[]) =>
  ({ id, partnership, theme, factors, speaker: { role } }) as unknown as QuoteEntry;

const quotes = [
  quote('a', 'grow-your-life', 'Formalisering', 'Koordinator på frivilligcenteret', ['tillid']),
  quote('b', 'kulturformidling-kbh', 'Forankring', 'Koordinator i frivilligcenteret', [
    'tillid',
    'kontrakt',
  ]),
  quote('c', 'grow-your-life', 'Forankring', 'Repræsentant for den ene af aftenskolerne', []),
  quote('d', 'grow-your-life', 'Åbenhed', 'Frivilligcenteret (talerens rolle er ikke oplyst)', [
    'kontrakt',
  ]),
];

describe('normaliseRole', () => {
  it('gives the source’s ways of writing one role one name', () => {
    expect(normaliseRole('Koordinator på frivilligcenteret')).toBe(
      'Koordinator i frivilligcenteret',
    );
    expect(normaliseRole('Koordinator i frivilligcenteret')).toBe(
      'Koordinator i frivilligcenteret',
    );
    expect(normaliseRole('Repræsentant for den ene af aftenskolerne')).toBe(
      normaliseRole('Repræsentant for en af aftenskolerne'),
    );
    expect(normaliseRole('Frivilligcenteret (talerens rolle er ikke oplyst)')).toBe(
      'Frivilligcenteret',
    );
    expect(normaliseRole('Myndighedschef')).toBe('Myndighedschef');
  });
});

describe('facets', () => {
  it('filters by a normalised role, and by the verbatim text too', () => {
    const ids = (filters: Parameters<typeof filterQuotesByFacets>[1]) =>
      filterQuotesByFacets(quotes, filters).map((q) => q.id);
    expect(ids({ role: 'Koordinator i frivilligcenteret' })).toEqual(['a', 'b']);
    expect(ids({ role: 'Koordinator på frivilligcenteret' })).toEqual(['a', 'b']);
    expect(ids({ role: 'Koordinator i frivilligcenteret', partnership: 'grow-your-life' })).toEqual(
      ['a'],
    );
  });

  it('counts each filter’s values over what the other filters leave', () => {
    const counts = facetCounts(quotes, { partnership: 'grow-your-life' });
    // The partnership filter itself counts over every quote, so it can be changed.
    expect(Object.fromEntries(counts.partnership)).toEqual({
      'grow-your-life': 3,
      'kulturformidling-kbh': 1,
    });
    expect(Object.fromEntries(counts.theme)).toEqual({
      Formalisering: 1,
      Forankring: 1,
      Åbenhed: 1,
    });
    expect(Object.fromEntries(counts.factor)).toEqual({ tillid: 1, kontrakt: 1 });
    expect(counts.role.get('Koordinator i frivilligcenteret')).toBe(1);
  });
});

describe('sortQuotes', () => {
  it('sorts by theme or partnership in Danish order, keeping the source order within', () => {
    const title = (id: string) =>
      id === 'grow-your-life' ? 'Grow Your Life' : 'Frivillig kulturformidling';
    expect(sortQuotes(quotes, 'theme', title).map((q) => q.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(sortQuotes(quotes, 'partnership', title).map((q) => q.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(sortQuotes(quotes, 'source', title)).toBe(quotes);
  });
});
