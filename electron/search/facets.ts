// What each hit can be filtered by, the filters themselves, and the counts per filter value.
// Facet counts are disjunctive: each dimension is counted with every filter applied but its own,
// so the UI can show how many hits choosing another value would give.
import type { ContentEntry, FactorGroup } from '../../shared/content/types';
import type { Note } from '../../shared/notes/types';
import type { Facets, HitKind, SearchRequest } from '../../shared/search/types';
import type { ContentService } from '../serviceTypes';

export interface FacetValues {
  kind: HitKind;
  partnerships: string[];
  factors: string[];
  groups: FactorGroup[];
}

type Dimension = keyof Facets;

function groupsOf(factorIds: string[], content: ContentService): FactorGroup[] {
  const groups = new Set<FactorGroup>();
  for (const id of factorIds) {
    const group = content.factor(id)?.group;
    if (group) groups.add(group);
  }
  return [...groups];
}

export function contentFacetValues(entry: ContentEntry, content: ContentService): FacetValues {
  switch (entry.kind) {
    case 'quote':
    case 'lesson': {
      const partnerships = entry.kind === 'quote' ? [entry.partnership] : entry.partnerships;
      return {
        kind: entry.kind,
        partnerships,
        factors: entry.factors,
        groups: groupsOf(entry.factors, content),
      };
    }
    case 'factor':
      return { kind: 'factor', partnerships: [], factors: [entry.id], groups: [entry.group] };
    case 'partnership':
      return { kind: 'partnership', partnerships: [entry.id], factors: [], groups: [] };
    case 'source':
      return { kind: 'source', partnerships: [], factors: [], groups: [] };
  }
}

/**
 * A note's own partnership is free text about the user's local partnership, so the partnership
 * filter uses the bundled partnerships the note links to (directly, or through a linked section,
 * quote or lesson). Factor filters use the note's factor tags.
 */
export function noteFacetValues(note: Note, content: ContentService): FacetValues {
  const partnerships = new Set<string>();
  for (const link of note.links) {
    const section = content.section(link);
    const entry = section ? content.find(link.split('/')[0] ?? '') : content.find(link);
    if (!entry) continue;
    if (entry.kind === 'partnership') partnerships.add(entry.id);
    else if (entry.kind === 'quote' || entry.kind === 'lesson') {
      contentFacetValues(entry, content).partnerships.forEach((p) => partnerships.add(p));
    }
  }
  return {
    kind: 'note',
    partnerships: [...partnerships],
    factors: note.factors,
    groups: groupsOf(note.factors, content),
  };
}

export function passes(values: FacetValues, request: SearchRequest, except?: Dimension): boolean {
  if (except !== 'kind' && request.kinds?.length && !request.kinds.includes(values.kind)) {
    return false;
  }
  if (except !== 'partnership' && request.partnership) {
    if (!values.partnerships.includes(request.partnership)) return false;
  }
  if (except !== 'factorGroup' && request.factorGroup) {
    if (!values.groups.includes(request.factorGroup)) return false;
  }
  if (except !== 'factor' && request.factor && !values.factors.includes(request.factor)) {
    return false;
  }
  return true;
}

export function countFacets(all: FacetValues[], request: SearchRequest): Facets {
  const facets: Facets = { kind: {}, partnership: {}, factorGroup: {}, factor: {} };
  const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const values of all) {
    if (passes(values, request, 'kind')) bump(facets.kind, values.kind);
    if (passes(values, request, 'partnership')) {
      values.partnerships.forEach((p) => bump(facets.partnership, p));
    }
    if (passes(values, request, 'factorGroup')) {
      values.groups.forEach((g) => bump(facets.factorGroup, g));
    }
    if (passes(values, request, 'factor')) values.factors.forEach((f) => bump(facets.factor, f));
  }
  return facets;
}
