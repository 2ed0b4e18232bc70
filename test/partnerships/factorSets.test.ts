// The profile's rows: every item of the taxonomy in exactly one set, overlaps shown once.
import { describe, expect, it } from 'vitest';
import { buildFactorSets, setOf } from '../../shared/partnerships/factorSets';
import { realContent } from './realContent';

const factors = realContent().byKind('factor');
const sets = buildFactorSets(factors);

describe('factor sets', () => {
  it('puts every one of the 41 items in exactly one set', () => {
    const members = sets.flatMap((s) => s.members);
    expect(members).toHaveLength(41);
    expect(new Set(members)).toEqual(new Set(factors.map((f) => f.id)));
  });

  it('shows mutual trust once, under the essential elements, with its other lists named', () => {
    const trust = setOf(sets, 'relation-gensidig-tillid-respekt-forstaaelse');
    expect(trust?.id).toBe('vaesentlig-gensidig-tillid');
    expect(trust?.group).toBe('essential');
    expect(trust?.members.sort()).toEqual(
      [
        'paavirker-gensidig-tillid',
        'relation-gensidig-tillid-respekt-forstaaelse',
        'vaesentlig-gensidig-tillid',
      ].sort(),
    );
    expect(trust?.alsoIn).toEqual(['relational', 'influencing']);
  });

  it('merges only items that are all related to each other', () => {
    const byId = new Map(factors.map((f) => [f.id, f]));
    for (const set of sets) {
      for (const a of set.members) {
        for (const b of set.members) {
          if (a !== b) expect(byId.get(a)?.related, `${a} ~ ${b}`).toContain(b);
        }
      }
    }
  });

  it('leaves items with no overlap alone', () => {
    expect(setOf(sets, 'struktur-formelle-rammer-oekonomi')?.members).toEqual([
      'struktur-formelle-rammer-oekonomi',
    ]);
    expect(setOf(sets, 'ukendt')).toBeUndefined();
  });
});
