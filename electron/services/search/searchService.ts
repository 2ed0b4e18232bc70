// The search service used by the app, the CLI and the tests: the compacted lunr index queried
// programmatically (user text never reaches a query parser), notes from SQLite FTS5 rescored on
// the same scale, filters and facets, and highlighted snippets for the hits shown.
import type { ContentEntry } from '../../../shared/content/types';
import type { SearchHit, SearchRequest, SearchResponse } from '../../../shared/search/types';
import type {
  ContentService,
  NoteAuthor,
  NoteAuthorLookup,
  NoteSearchRow,
  NotesSearchSource,
  SearchService,
} from '../serviceTypes';
import type { SerializedSearchIndex } from './indexFormat';
import { docText, type DocText } from './docFields';
import {
  expandQuery,
  NO_MATCH,
  QUALITIES,
  type ExpandedQuery,
  type ExpandedSlot,
} from './expandQuery';
import { contentFacetValues, FacetCoder, noteFacetValues, type CodedValues } from './facets';
import { loadIndex } from './loadIndex';
import { scoreNote } from './noteScoring';
import { noteTermQuery } from './noteTermQuery';
import { parseQuery } from './parseQuery';
import type { Glossary } from './searchData';
import { searchedFor } from './searchedFor';
import { highlight, makeSnippet, type Marker } from './snippet';
import { TopRanked } from './topRanked';
import { createWordFinder } from './wordHighlighter';
import { containsPhrase, createTokenMatcher, type TokenMatcher } from './tokenMatcher';

const DEFAULT_LIMIT = 20;
const NO_GLOSSARY: Glossary = { entries: {} };
/** Notes fetched from FTS5 per query: enough for facets and any page the UI shows. */
const NOTES_FETCHED = 100;

interface Candidate {
  values: CodedValues;
  /** termsMatched × 4 − tier (tier: the worst quality among matched words, 0 exact … 3 fuzzy). */
  group: number;
  score: number;
  /** FTS5 bm25 for notes (tie-break only). */
  bm25: number;
  entry?: ContentEntry;
  row?: NoteSearchRow;
  author?: NoteAuthor;
}

/**
 * termsMatched × 4 − tier for the qualities at `base`, or -1 when nothing matched, a `+word` is
 * missing or a `-word` is present.
 */
function rateAt(qualities: ArrayLike<number>, base: number, slots: ExpandedSlot[]): number {
  let termsMatched = 0;
  let tier = 0;
  for (let i = 0; i < slots.length; i++) {
    const q = qualities[base + i] as number;
    const presence = (slots[i] as ExpandedSlot).presence;
    if (presence === 'prohibited') {
      if (q === 0) return -1;
      continue;
    }
    if (q >= NO_MATCH) {
      if (presence === 'required') return -1;
      continue;
    }
    termsMatched++;
    tier = Math.max(tier, q);
  }
  return termsMatched === 0 ? -1 : termsMatched * 4 - tier;
}

/** The tier back from a group: group = termsMatched × 4 − tier with tier 0…3. */
const tierOf = (group: number): number => (4 - (group % 4)) % 4;

const emptyResponse = (q: string): SearchResponse => ({
  q,
  total: 0,
  hits: [],
  facets: { kind: {}, partnership: {}, factorGroup: {}, factor: {}, author: {} },
});

/**
 * `authors` says who wrote each note (the team library's lookup, asked once per query); without
 * it, or when it answers null (not joined), notes have no author.
 */
export function createSearchService(
  content: ContentService,
  serialized: SerializedSearchIndex,
  notes?: NotesSearchSource,
  authors?: () => NoteAuthorLookup | null,
): SearchService {
  const index = loadIndex(serialized);
  const coder = new FacetCoder();
  const titleOf = (id: string) => content.find(id)?.title;
  // Per document number of the index: its entry and coded facet values.
  const docEntries: (ContentEntry | undefined)[] = [];
  const docValues: (CodedValues | undefined)[] = [];
  const partnershipOf = new Map<string, string>();
  for (let doc = 0; doc < index.postings.documentCount; doc++) {
    const entry = content.find(index.postings.docId(doc));
    docEntries.push(entry);
    const values = entry ? contentFacetValues(entry, content) : undefined;
    docValues.push(values ? coder.encode(values) : undefined);
    const partnership = values?.partnerships[0];
    if (entry && partnership) partnershipOf.set(entry.id, partnership);
  }
  const isIndexed = (word: string) =>
    index.vocabulary.has(word) || index.hasStem(index.stemmer(word));
  const texts = new Map<string, DocText>();
  const textOf = (entry: ContentEntry): DocText => {
    let text = texts.get(entry.id);
    if (!text) texts.set(entry.id, (text = docText(entry, titleOf)));
    return text;
  };

  function noteCandidates(request: SearchRequest, plan: ExpandedQuery): Candidate[] {
    // Notes are fetched under any kind filter too: the kind facet counts them (disjunctive
    // counts), so "Note" stays on offer next to "Læring"; the filter then keeps them out.
    if (!notes) return [];
    const match = createTokenMatcher(plan.slots, index.stemmer, true);
    const candidates: Candidate[] = [];
    const typing = /[\p{L}\p{N}]$/u.test(request.q);
    const query = noteTermQuery(plan, index.lexiconForms, typing);
    const rows = notes.searchNotes(query, NOTES_FETCHED);
    const authorOf = rows.length ? authors?.()?.of(rows.map((r) => r.note.id)) : undefined;
    for (const row of rows) {
      const { qualities, score } = scoreNote(row.note, plan.slots, plan.clauses, match, index);
      const group = rateAt(qualities, 0, plan.slots);
      if (group < 0) continue;
      const text = `${row.note.title}\n${row.note.body}`;
      if (!phrasesHold(plan, qualities, () => text, match)) continue;
      const author = authorOf?.get(row.note.id);
      const values = coder.encode(noteFacetValues(row.note, content, author?.author));
      candidates.push({ values, group, score, bm25: row.bm25, row, author });
    }
    return candidates;
  }

  function toHit(candidate: Candidate, marker: Marker): SearchHit {
    const common = {
      score: Math.round(candidate.score * 1000) / 1000,
      match: QUALITIES[tierOf(candidate.group)] ?? 'fuzzy',
    };
    if (candidate.row) {
      const { note } = candidate.row;
      const { snippet, snippetSpans, titleSpans } = candidate.row.highlight();
      return {
        id: note.id,
        kind: 'note',
        title: note.title,
        titleSpans: titleSpans.length ? titleSpans : highlight(note.title, { match: marker.match }),
        ...(note.partnership ? { partnership: note.partnership } : {}),
        ...(candidate.author
          ? { author: candidate.author.author, shared: candidate.author.shared }
          : {}),
        ...common,
        snippet,
        snippetSpans,
      };
    }
    const entry = candidate.entry as ContentEntry;
    const { snippet, spans } = makeSnippet(textOf(entry).main, marker);
    const partnership = partnershipOf.get(entry.id);
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
      // An exact search takes the words as typed: no English glossary, no typo correction.
      const glossary = request.exact ? NO_GLOSSARY : index.glossary;
      const parsed = parseQuery(request.q, glossary, index.stemmer);
      if (parsed.slots.length === 0) return emptyResponse(request.q);
      const plan = expandQuery(parsed, index, { typos: !request.exact });
      const told = request.exact ? undefined : searchedFor(plan, isIndexed);
      const match = createTokenMatcher(plan.slots, index.stemmer);
      const notesFound = noteCandidates(request, plan);
      const counter = coder.counter(request);
      const keep = coder.filterFor(request);
      const top = new TopRanked<Candidate>(request.limit ?? DEFAULT_LIMIT);
      let total = 0;

      if (plan.clauses.length) {
        const scored = index.postings.score(plan.clauses);
        const { qualities, stride } = scored;
        for (const doc of scored.docs) {
          const entry = docEntries[doc];
          const values = docValues[doc];
          if (!entry || !values) continue;
          const group = rateAt(qualities, doc * stride, plan.slots);
          if (group < 0) continue;
          if (plan.phrases.length) {
            const own = qualities.subarray(doc * stride, doc * stride + plan.slots.length);
            if (!phrasesHold(plan, own, () => fullText(textOf(entry)), match)) continue;
          }
          counter.add(values);
          if (!keep(values)) continue;
          total++;
          const score = scored.scores[doc] as number;
          if (top.accepts(group, score, 0, doc)) {
            top.add({
              group,
              score,
              bm25: 0,
              order: doc,
              item: { values, group, score, bm25: 0, entry },
            });
          }
        }
      }
      notesFound.forEach((note, i) => {
        counter.add(note.values);
        if (!keep(note.values)) return;
        total++;
        const order = docEntries.length + i;
        if (top.accepts(note.group, note.score, note.bm25, order)) {
          top.add({ group: note.group, score: note.score, bm25: note.bm25, order, item: note });
        }
      });

      const marker: Marker = {
        match,
        find: createWordFinder(plan.slots, (stem) => index.postings.forms(stem)),
      };
      return {
        q: request.q,
        ...(told ? { searchedFor: told } : {}),
        total,
        hits: top.sorted().map((ranked) => toHit(ranked.item, marker)),
        facets: counter.facets(),
      };
    },
  };
}

function fullText(text: DocText): string {
  return `${text.title}\n${text.main}\n${text.meta}\n${text.tags}`;
}

/** A quoted phrase must be present as a phrase, not just as scattered words. */
function phrasesHold(
  plan: ExpandedQuery,
  qualities: ArrayLike<number>,
  text: () => string,
  match: TokenMatcher,
): boolean {
  for (const phrase of plan.phrases) {
    if (phrase.some((slot) => (qualities[slot] as number) >= NO_MATCH)) return false;
    if (!containsPhrase(text(), phrase, match)) return false;
  }
  return true;
}
