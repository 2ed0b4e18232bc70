// Search request and result shapes shared by the search service, the CLI and the UI.
import type { EntryKind, FactorGroup } from '../content/types';

export type HitKind = EntryKind | 'note';

export interface SearchRequest {
  q: string;
  kinds?: HitKind[];
  /** Each filter takes one value or several: several match any of them (OR within a filter),
   *  and every filter given must match (AND across filters). */
  partnership?: string | string[];
  factorGroup?: FactorGroup | FactorGroup[];
  factor?: string | string[];
  /** The author's display name (team library). Notes only: when given, bundled content, which has
   *  no author, is left out. */
  author?: string | string[];
  /** Default 20. */
  limit?: number;
  /** Search the words exactly as typed: no English translation, no typo correction. */
  exact?: boolean;
}

/** A matched span, as UTF-16 offsets into the string it belongs to (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

type MatchQuality = 'exact' | 'prefix' | 'compound' | 'fuzzy';

export interface SearchHit {
  id: string;
  kind: HitKind;
  title: string;
  titleSpans: Span[];
  partnership?: string;
  /** For quotes: "role, organisation". */
  speaker?: string;
  /** For factors: the group. */
  group?: FactorGroup;
  /** For notes, when the device has joined a team library: a shared note's first author, else
   *  the user's own display name. */
  author?: string;
  /** For notes, when the device has joined a team library: whether the note is shared. */
  shared?: boolean;
  score: number;
  match: MatchQuality;
  snippet: string;
  snippetSpans: Span[];
}

export interface Facets {
  kind: Partial<Record<HitKind, number>>;
  partnership: Record<string, number>;
  factorGroup: Partial<Record<FactorGroup, number>>;
  factor: Record<string, number>;
  /** Note hits per author; empty when the device has not joined a team library. */
  author: Record<string, number>;
}

/** One word of the query that was searched as something else. */
export interface QueryRewrite {
  /** As typed (an English phrase, or a misspelt word). */
  typed: string;
  /** What was searched instead (the Danish words, or the corrected word). */
  searched: string[];
  reason: 'english' | 'typo';
}

/** Present when the query was not searched exactly as typed. */
export interface SearchedFor {
  /** The query as searched, for example "tillid" for "trust". */
  text: string;
  rewrites: QueryRewrite[];
}

export interface SearchResponse {
  q: string;
  /** Set when an English word was translated or a typo corrected; absent for an exact search. */
  searchedFor?: SearchedFor;
  total: number;
  hits: SearchHit[];
  facets: Facets;
}
