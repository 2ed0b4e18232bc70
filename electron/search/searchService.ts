// The search service used by the app, the CLI and the tests: lunr over the compiled corpus with
// programmatic queries (user text never reaches lunr's parser), notes from SQLite FTS5 rescored on
// the same scale, filters and facets, and highlighted snippets for the hits shown.
import type { ContentEntry } from '../../shared/content/types';
import type { SearchHit, SearchRequest, SearchResponse } from '../../shared/search/types';
import type {
  ContentService,
  NoteSearchRow,
  NotesSearchSource,
  SearchService,
} from '../serviceTypes';
import { STEM_FIELDS, WORD_FIELDS, type SerializedSearchIndex } from './buildIndex';
import { docText, type DocText } from './docFields';
import { expandQuery, QUALITIES, type ExpandedQuery, type ExpandedSlot } from './expandQuery';
import {
  contentFacetValues,
  countFacets,
  noteFacetValues,
  passes,
  type FacetValues,
} from './facets';
import { loadIndex, type LoadedIndex } from './loadIndex';
import { scoreNote } from './noteScoring';
import { parseQuery } from './parseQuery';
import { highlight, makeSnippet } from './snippet';
import { containsPhrase, createTokenMatcher, type TokenMatcher } from './tokenMatcher';

const DEFAULT_LIMIT = 20;
/** Notes fetched from FTS5 per query: enough for facets and any page the UI shows. */
const NOTES_FETCHED = 200;
const stemFieldNames = Object.keys(STEM_FIELDS);
const wordFieldNames = Object.keys(WORD_FIELDS);

interface Candidate {
  values: FacetValues;
  termsMatched: number;
  /** Worst quality among the matched query words: 0 exact, 1 prefix, 2 fuzzy. */
  tier: number;
  score: number;
  /** FTS5 bm25 for notes (tie-break only). */
  bm25: number;
  entry?: ContentEntry;
  row?: NoteSearchRow;
}

/** Null when a `+word` is missing or a `-word` is present. */
function rate(
  qualities: number[],
  slots: ExpandedSlot[],
): { termsMatched: number; tier: number } | null {
  let termsMatched = 0;
  let tier = 0;
  for (let i = 0; i < qualities.length; i++) {
    const q = qualities[i] as number;
    const presence = (slots[i] as ExpandedSlot).presence;
    if (presence === 'prohibited') {
      if (q === 0) return null;
      continue;
    }
    if (q > 2) {
      if (presence === 'required') return null;
      continue;
    }
    termsMatched++;
    tier = Math.max(tier, q);
  }
  return { termsMatched, tier };
}

const byRank = (a: Candidate, b: Candidate) =>
  b.termsMatched - a.termsMatched || a.tier - b.tier || b.score - a.score || a.bm25 - b.bm25;

export function createSearchService(
  content: ContentService,
  serialized: SerializedSearchIndex,
  notes?: NotesSearchSource,
): SearchService {
  const index: LoadedIndex = loadIndex(serialized);
  const facetValues = new Map<string, FacetValues>();
  const texts = new Map<string, DocText>();
  const titleOf = (id: string) => content.find(id)?.title;
  const textOf = (entry: ContentEntry): DocText => {
    let text = texts.get(entry.id);
    if (!text) texts.set(entry.id, (text = docText(entry, titleOf)));
    return text;
  };
  for (const entry of content.all()) facetValues.set(entry.id, contentFacetValues(entry, content));

  function contentCandidates(plan: ExpandedQuery, match: TokenMatcher): Candidate[] {
    const owners = new Map<string, { slot: number; quality: number }[]>();
    for (const c of plan.clauses) {
      const key = `${c.on}\u0001${c.term}`;
      const list = owners.get(key) ?? [];
      list.push({ slot: c.slot, quality: c.quality });
      owners.set(key, list);
    }
    const results = index.lunr.query((q) => {
      for (const c of plan.clauses) {
        q.term(c.term, {
          fields: c.on === 'stems' ? stemFieldNames : wordFieldNames,
          boost: c.boost,
          usePipeline: false,
        });
      }
    });
    const candidates: Candidate[] = [];
    for (const result of results) {
      const entry = content.find(result.ref);
      const values = facetValues.get(result.ref);
      if (!entry || !values) continue;
      const qualities = plan.slots.map(() => 3);
      const metadata = result.matchData.metadata as Record<string, Record<string, unknown>>;
      for (const term in metadata) {
        for (const field in metadata[term]) {
          const on = field in STEM_FIELDS ? 'stems' : 'words';
          for (const owner of owners.get(`${on}\u0001${term}`) ?? []) {
            qualities[owner.slot] = Math.min(qualities[owner.slot] as number, owner.quality);
          }
        }
      }
      const rating = rate(qualities, plan.slots);
      if (!rating || rating.termsMatched === 0) continue;
      if (!phrasesHold(plan, qualities, () => fullText(textOf(entry)), match)) continue;
      candidates.push({ values, ...rating, score: result.score, bm25: 0, entry });
    }
    return candidates;
  }

  function noteCandidates(request: SearchRequest, plan: ExpandedQuery): Candidate[] {
    if (!notes || (request.kinds?.length && !request.kinds.includes('note'))) return [];
    const match = createTokenMatcher(plan.slots, index.stemmer, true);
    const candidates: Candidate[] = [];
    for (const row of notes.searchNotes(request.q, NOTES_FETCHED)) {
      const { qualities, score } = scoreNote(row.note, plan.slots, plan.clauses, match, index);
      const rating = rate(qualities, plan.slots);
      if (!rating) continue;
      const text = `${row.note.title}\n${row.note.body}`;
      if (!phrasesHold(plan, qualities, () => text, match)) continue;
      candidates.push({
        values: noteFacetValues(row.note, content),
        ...rating,
        score,
        bm25: row.bm25,
        row,
      });
    }
    return candidates;
  }

  function toHit(candidate: Candidate, match: TokenMatcher): SearchHit {
    const common = {
      score: Math.round(candidate.score * 1000) / 1000,
      match: QUALITIES[candidate.tier] ?? 'fuzzy',
    };
    if (candidate.row) {
      const { note, snippet, snippetSpans, titleSpans } = candidate.row;
      return {
        id: note.id,
        kind: 'note',
        title: note.title,
        titleSpans: titleSpans.length ? titleSpans : highlight(note.title, match),
        ...(note.partnership ? { partnership: note.partnership } : {}),
        ...common,
        snippet,
        snippetSpans,
      };
    }
    const entry = candidate.entry as ContentEntry;
    const text = textOf(entry);
    const { snippet, spans } = makeSnippet(text.main, match);
    const partnership = candidate.values.partnerships[0];
    return {
      id: entry.id,
      kind: entry.kind,
      title: entry.title,
      titleSpans: highlight(entry.title, match),
      ...(partnership ? { partnership } : {}),
      ...(entry.kind === 'quote'
        ? { speaker: [entry.speaker.role, entry.speaker.organisation].filter(Boolean).join(', ') }
        : {}),
      ...(entry.kind === 'factor' ? { group: entry.group } : {}),
      ...common,
      snippet,
      snippetSpans: spans,
    };
  }

  return {
    query(request) {
      const empty: SearchResponse = {
        q: request.q,
        total: 0,
        hits: [],
        facets: { kind: {}, partnership: {}, factorGroup: {}, factor: {} },
      };
      const parsed = parseQuery(request.q, index.glossary, index.stemmer);
      if (parsed.slots.length === 0) return empty;
      const plan = expandQuery(parsed, index.vocabulary, index.hasStem);
      if (plan.clauses.length === 0 && !notes) return empty;
      const match = createTokenMatcher(plan.slots, index.stemmer);
      const all = [
        ...(plan.clauses.length ? contentCandidates(plan, match) : []),
        ...noteCandidates(request, plan),
      ];
      const facets = countFacets(
        all.map((c) => c.values),
        request,
      );
      const kept = all.filter((c) => passes(c.values, request));
      kept.sort(byRank);
      const limit = request.limit ?? DEFAULT_LIMIT;
      return {
        q: request.q,
        total: kept.length,
        hits: kept.slice(0, limit).map((c) => toHit(c, match)),
        facets,
      };
    },
  };
}

function fullText(text: DocText): string {
  return `${text.title}\n${text.main}\n${text.meta}`;
}

/** A quoted phrase must be present as a phrase, not just as scattered words. */
function phrasesHold(
  plan: ExpandedQuery,
  qualities: number[],
  text: () => string,
  match: TokenMatcher,
): boolean {
  for (const phrase of plan.phrases) {
    if (phrase.some((slot) => (qualities[slot] as number) > 2)) return false;
    if (!containsPhrase(text(), phrase, match)) return false;
  }
  return true;
}
