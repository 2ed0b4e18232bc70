// The profile's rows: the taxonomy with overlapping items merged. The source repeats some items in
// several lists (mutual trust is a relational element, a factor that affects a partnership and
// an essential element); content marks such overlaps with `related`, both ways. A set is a group
// of items that are all related to each other (a clique), built greedily from the essential
// elements on, so each item stands in exactly one set and is assessed once.
import type { FactorEntry, FactorGroup } from '../content/types';
import type { FactorSet } from './types';

/** The order of the profile: the four essential elements first, then the source's lists. */
export const PROFILE_GROUP_ORDER: readonly FactorGroup[] = [
  'essential',
  'relational',
  'structural',
  'organisational',
  'influencing',
];

type FactorLike = Pick<FactorEntry, 'id' | 'title' | 'group' | 'order' | 'related'>;

function byProfileOrder(a: FactorLike, b: FactorLike): number {
  const group = PROFILE_GROUP_ORDER.indexOf(a.group) - PROFILE_GROUP_ORDER.indexOf(b.group);
  return group !== 0 ? group : a.order - b.order;
}

export function buildFactorSets(factors: readonly FactorLike[]): FactorSet[] {
  const byId = new Map(factors.map((f) => [f.id, f]));
  const mutual = (a: string, b: string): boolean =>
    Boolean(byId.get(a)?.related.includes(b) && byId.get(b)?.related.includes(a));
  const taken = new Set<string>();
  const sets: FactorSet[] = [];
  for (const factor of [...factors].sort(byProfileOrder)) {
    if (taken.has(factor.id)) continue;
    const members = [factor.id];
    for (const candidate of factor.related) {
      if (taken.has(candidate) || members.includes(candidate) || !byId.has(candidate)) continue;
      if (members.every((m) => mutual(m, candidate))) members.push(candidate);
    }
    for (const m of members) taken.add(m);
    const groups = members.map((m) => (byId.get(m) as FactorLike).group);
    sets.push({
      id: factor.id,
      title: factor.title,
      group: factor.group,
      members,
      alsoIn: PROFILE_GROUP_ORDER.filter((g) => g !== factor.group && groups.includes(g)),
    });
  }
  return sets;
}

/** The set a factor id belongs to (any member resolves), or undefined for an unknown id. */
export function setOf(sets: readonly FactorSet[], factorId: string): FactorSet | undefined {
  return sets.find((s) => s.members.includes(factorId));
}
