// The orders of the shown results: by relevance (the service's ranking) or grouped by kind, the
// ranking kept within each kind. Pure, unit-tested.
import type { HitKind, SearchHit } from '../../../shared/search/types';

export const RESULT_SORTS = ['relevance', 'kind'] as const;
export type ResultSort = (typeof RESULT_SORTS)[number];

const KIND_ORDER: HitKind[] = ['factor', 'quote', 'lesson', 'partnership', 'note', 'source'];

export function sortHits(hits: SearchHit[], sort: ResultSort): SearchHit[] {
  if (sort === 'relevance') return hits;
  return hits
    .map((hit, rank) => ({ hit, rank }))
    .sort(
      (a, b) => KIND_ORDER.indexOf(a.hit.kind) - KIND_ORDER.indexOf(b.hit.kind) || a.rank - b.rank,
    )
    .map(({ hit }) => hit);
}
