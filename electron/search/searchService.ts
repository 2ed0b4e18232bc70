// The search service used by the app, the CLI and the tests: the compacted lunr index queried
// programmatically (user text never reaches a query parser), notes from SQLite FTS5 rescored on
// the same scale, filters and facets, and highlighted snippets for the hits shown.
import type { ContentEntry } from '../../shared/content/types';
import type { SearchHit, SearchRequest, SearchResponse } from '../../shared/search/types';
import type {
  ContentService,
  NoteSearchRow,
  NotesSearchSource,
  SearchService,
} from '../serviceTypes';
import type { SerializedSearchIndex } from './buildIndex';
import { docText, type DocText } from './docFields';
import { expandQuery, QUALITIES, type ExpandedQuery, type ExpandedSlot } from './expandQuery';
import { contentFacetValues, FacetCoder, noteFacetValues, type CodedValues } from './facets';
import { loadIndex } from './loadIndex';
import { scoreNote } from './noteScoring';
import { parseQuery } from './parseQuery';
import { highlight, makeSnippet, type Marker } from './snippet';
import { createWordFinder } from './wordHighlighter';
import { containsPhrase, createTokenMatcher, type TokenMatcher } from './tokenMatcher';

const DEFAULT_LIMIT = 20;
/** Notes fetched from FTS5 per query: enough for facets and any page the UI shows. */
const NOTES_FETCHED = 200;

interface Candidate {
  values: CodedValues;
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
  qualities: ArrayLike<number>,
  slots: ExpandedSlot[],
): { termsMatched: number; tier: number } | null {
  let termsMatched = 0;
  let tier = 0;
  for (let i = 0; i < slots.length; i++) {
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

const emptyResponse = (q: string): SearchResponse => ({
  q,
  total: 0,
  hits: [],
  facets: { kind: {}, partnership: {}, factorGroup: {}, factor: {} },
});

export function createSearchService(
  content: ContentService,
  serialized: SerializedSearchIndex,
  notes?: NotesSearchSource,
): SearchService {
  const index = loadIndex(serialized);
  const coder = new FacetCoder();
  const titleOf = (id: string) => content.find(id)?.title;
  // Per document number of the index: its entry and coded facet values.
  const docEntries: (ContentEntry | undefined)[] = [];
  const docValues: (CodedValues | undefined)[] = [];
  for (let doc = 0; doc < index.postings.documentCount; doc++) {
    const entry = content.find(index.postings.docId(doc));
    docEntries.push(entry);
    docValues.push(entry ? coder.encode(contentFacetValues(entry, content)) : undefined);
  }
  const texts = new Map<string, DocText>();
  const textOf = (entry: ContentEntry): DocText => {
    let text = texts.get(entry.id);
    if (!text) texts.set(entry.id, (text = docText(entry, titleOf)));
    return text;
  };

  function contentCandidates(plan: ExpandedQuery, match: TokenMatcher): Candidate[] {
    const slotCount = plan.slots.length;
    const scored = index.postings.score(plan.clauses, slotCount);
    const candidates: Candidate[] = [];
    for (const doc of scored.docs) {
      const entry = docEntries[doc];
      const values = docValues[doc];
      if (!entry || !values) continue;
      const qualities = scored.qualities.subarray(doc * slotCount, (doc + 1) * slotCount);
      const rating = rate(qualities, plan.slots);
      if (!rating || rating.termsMatched === 0) continue;
      if (!phrasesHold(plan, qualities, () => fullText(textOf(entry)), match)) continue;
      candidates.push({ values, ...rating, score: scored.scores[doc] as number, bm25: 0, entry });
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
      const values = coder.encode(noteFacetValues(row.note, content));
      candidates.push({ values, ...rating, score, bm25: row.bm25, row });
    }
    return candidates;
  }

  function toHit(candidate: Candidate, marker: Marker): SearchHit {
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
        titleSpans: titleSpans.length ? titleSpans : highlight(note.title, { match: marker.match }),
        ...(note.partnership ? { partnership: note.partnership } : {}),
        ...common,
        snippet,
        snippetSpans,
      };
    }
    const entry = candidate.entry as ContentEntry;
    const { snippet, spans } = makeSnippet(textOf(entry).main, marker);
    const partnership = contentFacetValues(entry, content).partnerships[0];
    return {
      id: entry.id,
      kind: entry.kind,
      title: entry.title,
      titleSpans: highlight(entry.title, marker),
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
      const parsed = parseQuery(request.q, index.glossary, index.stemmer);
      if (parsed.slots.length === 0) return emptyResponse(request.q);
      const plan = expandQuery(parsed, index.vocabulary, index.hasStem);
      const match = createTokenMatcher(plan.slots, index.stemmer);
      const all = [
        ...(plan.clauses.length ? contentCandidates(plan, match) : []),
        ...noteCandidates(request, plan),
      ];
      const facets = coder.count(
        all.map((c) => c.values),
        request,
      );
      const keep = coder.filterFor(request);
      const kept = all.filter((c) => keep(c.values));
      const limit = request.limit ?? DEFAULT_LIMIT;
      const marker: Marker = {
        match,
        find: createWordFinder(plan.slots, (stem) => index.postings.forms(stem)),
      };
      return {
        q: request.q,
        total: kept.length,
        hits: topRanked(kept, limit).map((c) => toHit(c, marker)),
        facets,
      };
    },
  };
}

/** The first `limit` in rank order, sorting only the best groups of hits. */
function topRanked(candidates: Candidate[], limit: number): Candidate[] {
  if (candidates.length <= limit * 4) return candidates.sort(byRank).slice(0, limit);
  const groupOf = (c: Candidate) => c.termsMatched * 4 - c.tier;
  const sizes = new Map<number, number>();
  for (const c of candidates) sizes.set(groupOf(c), (sizes.get(groupOf(c)) ?? 0) + 1);
  let needed = limit;
  let cutoff = -Infinity;
  for (const group of [...sizes.keys()].sort((a, b) => b - a)) {
    cutoff = group;
    needed -= sizes.get(group) as number;
    if (needed <= 0) break;
  }
  return candidates
    .filter((c) => groupOf(c) >= cutoff)
    .sort(byRank)
    .slice(0, limit);
}

function fullText(text: DocText): string {
  return `${text.title}\n${text.main}\n${text.meta}`;
}

/** A quoted phrase must be present as a phrase, not just as scattered words. */
function phrasesHold(
  plan: ExpandedQuery,
  qualities: ArrayLike<number>,
  text: () => string,
  match: TokenMatcher,
): boolean {
  for (const phrase of plan.phrases) {
    if (phrase.some((slot) => (qualities[slot] as number) > 2)) return false;
    if (!containsPhrase(text(), phrase, match)) return false;
  }
  return true;
}
