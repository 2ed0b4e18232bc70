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

/** Facet values as small integers, so counting thousands of hits stays cheap. */
export interface CodedValues {
  kind: number;
  partnerships: number[];
  groups: number[];
  factors: number[];
}

interface CodedRequest {
  kinds: Set<number> | null;
  partnership: number | null;
  group: number | null;
  factor: number | null;
}

const NOWHERE = -1;

/** Gives each facet value a number; grows as notes bring factor ids of their own. */
export class FacetCoder {
  private readonly codes = {
    kind: new Map<string, number>(),
    partnership: new Map<string, number>(),
    factorGroup: new Map<string, number>(),
    factor: new Map<string, number>(),
  };
  private readonly names: Record<Dimension, string[]> = {
    kind: [],
    partnership: [],
    factorGroup: [],
    factor: [],
  };

  private code(dimension: Dimension, value: string): number {
    let code = this.codes[dimension].get(value);
    if (code === undefined) {
      code = this.names[dimension].push(value) - 1;
      this.codes[dimension].set(value, code);
    }
    return code;
  }

  encode(values: FacetValues): CodedValues {
    return {
      kind: this.code('kind', values.kind),
      partnerships: values.partnerships.map((p) => this.code('partnership', p)),
      groups: values.groups.map((g) => this.code('factorGroup', g)),
      factors: values.factors.map((f) => this.code('factor', f)),
    };
  }

  encodeRequest(request: SearchRequest): CodedRequest {
    const known = (dimension: Dimension, value: string | undefined) =>
      value === undefined ? null : (this.codes[dimension].get(value) ?? NOWHERE);
    return {
      kinds: request.kinds?.length
        ? new Set(request.kinds.map((k) => this.codes.kind.get(k) ?? NOWHERE))
        : null,
      partnership: known('partnership', request.partnership),
      group: known('factorGroup', request.factorGroup),
      factor: known('factor', request.factor),
    };
  }

  /** Counts per value, each dimension with every filter applied but its own. */
  count(all: CodedValues[], request: SearchRequest): Facets {
    const filter = this.encodeRequest(request);
    const counts: Record<Dimension, Int32Array> = {
      kind: new Int32Array(this.names.kind.length),
      partnership: new Int32Array(this.names.partnership.length),
      factorGroup: new Int32Array(this.names.factorGroup.length),
      factor: new Int32Array(this.names.factor.length),
    };
    for (const values of all) {
      const kindOk = filter.kinds === null || filter.kinds.has(values.kind);
      const partnershipOk =
        filter.partnership === null || values.partnerships.includes(filter.partnership);
      const groupOk = filter.group === null || values.groups.includes(filter.group);
      const factorOk = filter.factor === null || values.factors.includes(filter.factor);
      if (partnershipOk && groupOk && factorOk) (counts.kind[values.kind] as number)++;
      if (kindOk && groupOk && factorOk)
        for (const p of values.partnerships) (counts.partnership[p] as number)++;
      if (kindOk && partnershipOk && factorOk)
        for (const g of values.groups) (counts.factorGroup[g] as number)++;
      if (kindOk && partnershipOk && groupOk)
        for (const f of values.factors) (counts.factor[f] as number)++;
    }
    const record = (dimension: Dimension) => {
      const out: Record<string, number> = {};
      counts[dimension].forEach((n, code) => {
        if (n > 0) out[this.names[dimension][code] as string] = n;
      });
      return out;
    };
    return {
      kind: record('kind'),
      partnership: record('partnership'),
      factorGroup: record('factorGroup'),
      factor: record('factor'),
    };
  }

  /** A predicate for one request, encoded once. */
  filterFor(request: SearchRequest): (values: CodedValues) => boolean {
    const filter = this.encodeRequest(request);
    return (values) => matches(values, filter);
  }
}

function matches(values: CodedValues, filter: CodedRequest): boolean {
  return (
    (filter.kinds === null || filter.kinds.has(values.kind)) &&
    (filter.partnership === null || values.partnerships.includes(filter.partnership)) &&
    (filter.group === null || values.groups.includes(filter.group)) &&
    (filter.factor === null || values.factors.includes(filter.factor))
  );
}
