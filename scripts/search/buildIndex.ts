// Builds the serialized search index of the bundled corpus at build time (never at run time, and
// never bundled into the app: lunr's Builder lives only here): a
// lunr index with stemmed fields for exact matching and unstemmed surface fields for prefix and
// typo matching, plus the reviewed glossary and lexicon from content/search.
import lunr from 'lunr';
import type { ContentEntry } from '../../shared/content/types';
import glossaryJson from '../../content/search/glossary.json';
import lexiconJson from '../../content/search/lexicon.json';
import compoundsJson from '../../content/search/compounds.json';
import { analyze, docText } from '../../electron/services/search/docFields';
import {
  INDEX_FORMAT,
  STEM_FIELDS,
  WORD_FIELDS,
  type SerializedSearchIndex,
} from '../../electron/services/search/indexFormat';
import {
  createStemmer,
  glossarySchema,
  compoundsSchema,
  lexiconSchema,
  type TermStemmer,
  parseSearchData,
} from '../../electron/services/search/searchData';

export interface SearchDataFiles {
  glossary: unknown;
  lexicon: unknown;
  /** content/search/compounds.json; without it no compound finds its head. */
  compounds?: unknown;
}

const BUNDLED_DATA: SearchDataFiles = {
  glossary: glossaryJson,
  lexicon: lexiconJson,
  compounds: compoundsJson,
};

/** lunr's builder internals this module reads after the BM25 weights are computed. */
interface BuilderState {
  averageFieldLength: Record<string, number>;
  fieldVectors: Record<string, { elements: number[] }>;
  invertedIndex: Record<string, Record<string, Record<string, unknown>> & { _index: number }>;
  calculateAverageFieldLengths(): void;
  createFieldVectors(): void;
}

export function buildSearchIndex(
  entries: ContentEntry[],
  data: SearchDataFiles = BUNDLED_DATA,
): SerializedSearchIndex {
  const lexicon = parseSearchData(lexiconSchema, data.lexicon, 'content/search/lexicon.json');
  const glossary = parseSearchData(glossarySchema, data.glossary, 'content/search/glossary.json');
  const stemmer = createStemmer(lexicon);
  const compounds =
    data.compounds === undefined
      ? undefined
      : parseSearchData(compoundsSchema, data.compounds, 'content/search/compounds.json');
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  const forms = new Map<string, Set<string>>();
  const surfaceWords = new Set<string>();
  const noteForms = ({ stems, words }: { stems: string[]; words: string[] }) => {
    stems.forEach((stem, i) => {
      surfaceWords.add(words[i] as string);
      const word = words[i] as string;
      if (word === stem) return;
      const set = forms.get(stem);
      if (set) set.add(word);
      else forms.set(stem, new Set([word]));
    });
  };

  const builder = new lunr.Builder();
  // Terms arrive already tokenized, folded and stemmed by shared/search/danish: no lunr pipeline.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  builder.ref('id');
  for (const [field, boost] of Object.entries({ ...STEM_FIELDS, ...WORD_FIELDS })) {
    builder.field(field, { boost });
  }
  for (const entry of entries) {
    const text = docText(entry, (id) => titles.get(id));
    const title = analyze(text.title, stemmer);
    const main = analyze(text.main, stemmer);
    const meta = analyze(text.meta, stemmer);
    const tags = analyze(text.tags, stemmer);
    [title, main, meta, tags].forEach(noteForms);
    builder.add({
      id: entry.id,
      title: title.stems,
      quote: text.mainIsQuote ? main.stems : [],
      body: text.mainIsQuote ? [] : main.stems,
      meta: meta.stems,
      wtitle: title.words,
      wtext: [...main.words, ...meta.words],
      tags: tags.stems,
      wtags: tags.words,
    });
  }
  // lunr's BM25 weights per field; its token set (for wildcard queries) is not needed.
  const state = builder as unknown as BuilderState;
  state.calculateAverageFieldLengths();
  state.createFieldVectors();
  return {
    formatVersion: INDEX_FORMAT,
    ...compact(
      state,
      entries.map((e) => e.id),
      forms,
    ),
    lexicon,
    glossary,
    compoundEnds: compoundEnds(compounds?.splits ?? {}, stemmer, surfaceWords),
    documentCount: entries.length,
    averageFieldLength: { ...state.averageFieldLength },
  };
}

function compact(
  state: BuilderState,
  docs: string[],
  forms: Map<string, Set<string>>,
): Pick<SerializedSearchIndex, 'docs' | 'terms'> {
  const docNumber = new Map(docs.map((id, i) => [id, i]));
  const termOf: string[] = [];
  for (const [term, posting] of Object.entries(state.invertedIndex)) termOf[posting._index] = term;
  // weights[term][group] : doc number → summed weight
  const weights = new Map<string, [Map<number, number>, Map<number, number>]>();
  for (const [fieldRef, vector] of Object.entries(state.fieldVectors)) {
    const slash = fieldRef.indexOf('/');
    const field = fieldRef.slice(0, slash);
    const doc = docNumber.get(fieldRef.slice(slash + 1)) as number;
    const group = field in STEM_FIELDS ? 0 : 1;
    const elements = vector.elements;
    for (let i = 0; i < elements.length; i += 2) {
      const term = termOf[elements[i] as number] as string;
      let perGroup = weights.get(term);
      if (!perGroup) weights.set(term, (perGroup = [new Map(), new Map()]));
      const map = perGroup[group];
      map.set(doc, (map.get(doc) ?? 0) + (elements[i + 1] as number));
    }
  }
  const terms: SerializedSearchIndex['terms'] = [];
  for (const term of [...weights.keys()].sort()) {
    const [stems, words] = weights.get(term) as [Map<number, number>, Map<number, number>];
    const posting = state.invertedIndex[term] as Record<string, Record<string, unknown>>;
    let df = 0;
    for (const field in posting)
      if (field !== '_index') df += Object.keys(posting[field] ?? {}).length;
    const surface = [...(forms.get(term) ?? [])].sort().join(' ');
    terms.push([term, encodePostings(stems), encodePostings(words), df, surface]);
  }
  return { docs, terms };
}

/**
 * Per stem of a compound's tail (its head, or head and middle), the corpus's compounds that end
 * with it: venskabsforeningen gives forening → venskabsforeningen; styre + gruppe + møder gives
 * gruppemød and mød. Only words the index holds are listed.
 */
function compoundEnds(
  splits: Record<string, string[]>,
  stemmer: TermStemmer,
  indexed: Set<string>,
): [stem: string, words: string][] {
  const byEnd = new Map<string, Set<string>>();
  for (const [word, parts] of Object.entries(splits)) {
    if (!indexed.has(word)) continue;
    for (let k = 1; k < parts.length; k++) {
      const end = stemmer(parts.slice(k).join(''));
      const set = byEnd.get(end) ?? new Set<string>();
      set.add(word);
      byEnd.set(end, set);
    }
  }
  return [...byEnd.keys()].sort().map((end) => [end, [...(byEnd.get(end) ?? [])].sort().join(' ')]);
}

/** Doc numbers as base-36 gaps and weights in thousandths (lunr's own precision). */
export function encodePostings(postings: Map<number, number>): string {
  let previous = 0;
  const parts: string[] = [];
  for (const doc of [...postings.keys()].sort((a, b) => a - b)) {
    const weight = Math.round((postings.get(doc) as number) * 1000);
    parts.push(`${(doc - previous).toString(36)}:${weight.toString(36)}`);
    previous = doc;
  }
  return parts.join(',');
}
