import { describe, expect, it } from 'vitest';
import { toggleValue, valuesOf } from '../../renderer/views/search/filterValues';
import { sortHits } from '../../renderer/views/search/sortHits';
import type { SearchHit } from '../../shared/search/types';

describe('search filter values', () => {
  it('reads one or several comma-separated values', () => {
    expect(valuesOf(undefined)).toEqual([]);
    expect(valuesOf('quote')).toEqual(['quote']);
    expect(valuesOf('quote,note')).toEqual(['quote', 'note']);
  });

  it('adds a value, takes it out again, and empties to undefined', () => {
    expect(toggleValue(undefined, 'quote')).toBe('quote');
    expect(toggleValue('quote', 'note')).toBe('quote,note');
    expect(toggleValue('quote,note', 'quote')).toBe('note');
    expect(toggleValue('note', 'note')).toBeUndefined();
  });

  it('keeps a comma or a percent sign inside a value (an author "Holm, Anne")', () => {
    const two = toggleValue(toggleValue(undefined, 'Holm, Anne'), '100% Bo');
    expect(two).toBe('Holm%2C Anne,100%25 Bo');
    expect(valuesOf(two)).toEqual(['Holm, Anne', '100% Bo']);
    expect(valuesOf(toggleValue(two, 'Holm, Anne'))).toEqual(['100% Bo']);
    expect(valuesOf(toggleValue(undefined, 'a%2Cb'))).toEqual(['a%2Cb']);
  });
});

describe('sortHits', () => {
  const hit = (id: string, kind: SearchHit['kind']) => ({ id, kind }) as SearchHit;
  const hits = [hit('a', 'note'), hit('b', 'factor'), hit('c', 'quote'), hit('d', 'factor')];
  it('keeps the ranking, or groups by kind with the ranking kept within each kind', () => {
    expect(sortHits(hits, 'relevance')).toBe(hits);
    expect(sortHits(hits, 'kind').map((h) => h.id)).toEqual(['b', 'd', 'c', 'a']);
  });
});
