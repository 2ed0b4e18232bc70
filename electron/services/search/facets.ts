// What each hit can be filtered by, the filters themselves, and the counts per filter value.
// Facet counts are disjunctive: each dimension is counted with every filter applied but its own,
// so the UI can show how many hits choosing another value would give.
import type { ContentEntry, FactorGroup } from '../../../shared/content/types';
import type { Note } from '../../../shared/notes/types';
import type { Facets, HitKind, SearchRequest } from '../../../shared/search/types';
import type { ContentService } from '../serviceTypes';

export interface FacetValues {
  kind: HitKind;
  partnerships: string[];
  factors: string[];
  groups: FactorGroup[];
  /** A note's author in the team library (none for content, or when not joined). */
  authors: string[];
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
        authors: [],
      };
    }
    case 'factor':
      return {
        kind: 'factor',
        partnerships: [],
        factors: [entry.id],
        groups: [entry.group],
        authors: [],
      };
    case 'partnership':
      return {
        kind: 'partnership',
        partnerships: [entry.id],
        factors: [],
        groups: [],
        authors: [],
      };
    case 'source':
      return { kind: 'source', partnerships: [], factors: [], groups: [], authors: [] };
  }
}

/**
 * A note's own partnership is free text about the user's local partnership, so the partnership
 * filter uses the bundled partnerships the note links to (directly, or through a linked section,
 * quote or lesson). Factor filters use the note's factor tags.
 */
export function noteFacetValues(
  note: Note,
  content: ContentService,
  author: string | undefined,
): FacetValues {
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
    authors: author ? [author] : [],
  };
}

/** Facet values as small integers in one code space, so counting thousands of hits is cheap. */
export interface CodedValues {
  kind: number;
  partnerships: number[];
  groups: number[];
  factors: number[];
  authors: number[];
  /** Every code above, for counting without filters. */
  all: Int32Array;
}

/** Each filter as the set of codes any of which may match (null: no filter). */
interface CodedRequest {
  kinds: Set<number> | null;
  partnership: Set<number> | null;
  group: Set<number> | null;
  factor: Set<number> | null;
  author: Set<number> | null;
}

function listOf<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const anyIn = (codes: number[], wanted: Set<number> | null) =>
  wanted === null || codes.some((code) => wanted.has(code));

const NOWHERE = -1;

/** Gives each facet value a number; grows as notes bring factor ids of their own. */
export class FacetCoder {
  private readonly codes = new Map<string, number>();
  private readonly dimensions: Dimension[] = [];
  private readonly values: string[] = [];

  private code(dimension: Dimension, value: string): number {
    const key = `${dimension}\u0000${value}`;
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.dimensions.push(dimension);
      this.codes.set(key, code);
    }
    return code;
  }

  /** The codes of the values asked for; a value never seen gets a code nothing has. */
  private known(dimension: Dimension, value: string | string[] | undefined): Set<number> | null {
    const values = listOf(value);
    if (values.length === 0) return null;
    return new Set(values.map((v) => this.codes.get(`${dimension}\u0000${v}`) ?? NOWHERE));
  }

  encode(values: FacetValues): CodedValues {
    const kind = this.code('kind', values.kind);
    const partnerships = values.partnerships.map((p) => this.code('partnership', p));
    const groups = values.groups.map((g) => this.code('factorGroup', g));
    const factors = values.factors.map((f) => this.code('factor', f));
    const authors = values.authors.map((a) => this.code('author', a));
    const all = Int32Array.from([kind, ...partnerships, ...groups, ...factors, ...authors]);
    return { kind, partnerships, groups, factors, authors, all };
  }

  private encodeRequest(request: SearchRequest): CodedRequest {
    return {
      kinds: this.known('kind', request.kinds),
      partnership: this.known('partnership', request.partnership),
      group: this.known('factorGroup', request.factorGroup),
      factor: this.known('factor', request.factor),
      author: this.known('author', request.author),
    };
  }

  /**
   * Counts per value, each dimension with every filter applied but its own: `add` every hit of
   * the query before filtering, then read `facets()`. Codes made after this call are not counted,
   * so notes are encoded first.
   */
  counter(request: SearchRequest): { add(values: CodedValues): void; facets(): Facets } {
    const filter = this.encodeRequest(request);
    const unfiltered =
      filter.kinds === null &&
      filter.partnership === null &&
      filter.group === null &&
      filter.factor === null &&
      filter.author === null;
    const counts = new Int32Array(this.values.length);
    const bump = (codes: ArrayLike<number>) => {
      for (let i = 0; i < codes.length; i++) {
        const code = codes[i] as number;
        counts[code] = (counts[code] as number) + 1;
      }
    };
    return {
      add: (values) => {
        if (unfiltered) return bump(values.all);
        // A dimension counts the hit when every other filter passes: when all pass, every
        // dimension does; when exactly one fails, only that one does.
        const kindOk = filter.kinds === null || filter.kinds.has(values.kind);
        const partnershipOk = anyIn(values.partnerships, filter.partnership);
        const groupOk = anyIn(values.groups, filter.group);
        const factorOk = anyIn(values.factors, filter.factor);
        const authorOk = anyIn(values.authors, filter.author);
        const failed =
          Number(!kindOk) +
          Number(!partnershipOk) +
          Number(!groupOk) +
          Number(!factorOk) +
          Number(!authorOk);
        if (failed === 0) bump(values.all);
        else if (failed > 1) return;
        else if (!kindOk) bump([values.kind]);
        else if (!partnershipOk) bump(values.partnerships);
        else if (!groupOk) bump(values.groups);
        else if (!factorOk) bump(values.factors);
        else bump(values.authors);
      },
      facets: () => {
        const facets: Record<Dimension, Record<string, number>> = {
          kind: {},
          partnership: {},
          factorGroup: {},
          factor: {},
          author: {},
        };
        counts.forEach((n, code) => {
          if (n > 0) facets[this.dimensions[code] as Dimension][this.values[code] as string] = n;
        });
        return facets as Facets;
      },
    };
  }

  /** A predicate for one request, encoded once. */
  filterFor(request: SearchRequest): (values: CodedValues) => boolean {
    const filter = this.encodeRequest(request);
    return (values) =>
      (filter.kinds === null || filter.kinds.has(values.kind)) &&
      anyIn(values.partnerships, filter.partnership) &&
      anyIn(values.groups, filter.group) &&
      anyIn(values.factors, filter.factor) &&
      anyIn(values.authors, filter.author);
  }
}
