// Which text of an entry is searched in which field, shared by the index builder (at build time)
// and the snippet maker (at query time) so both see the same words.
import { FACTOR_GROUP_NAMES } from '../../../shared/content/names';
import type { ContentEntry } from '../../../shared/content/types';
import { foldForMatch, isStopWord, tokenize } from '../../../shared/search/danish';
import type { TermStemmer } from './searchData';

export interface DocText {
  title: string;
  /** The quote itself, or the body of any other entry: what the snippet is cut from. */
  main: string;
  mainIsQuote: boolean;
  /** Speaker, theme, partnership name, partners: searched with a low weight. */
  meta: string;
  /** A quote's factor tags, in the factors' own wording: searched with the lowest weight. */
  tags: string;
}

export function docText(entry: ContentEntry, titleOf: (id: string) => string | undefined): DocText {
  return { tags: '', ...ownText(entry, titleOf) };
}

function ownText(
  entry: ContentEntry,
  titleOf: (id: string) => string | undefined,
): Omit<DocText, 'tags'> & { tags?: string } {
  switch (entry.kind) {
    case 'quote':
      return {
        title: entry.title,
        main: entry.text,
        mainIsQuote: true,
        meta: [
          entry.speaker.role,
          entry.speaker.organisation,
          entry.theme,
          titleOf(entry.partnership) ?? '',
        ].join(' · '),
        tags: entry.factors.map((id) => titleOf(id) ?? '').join(' · '),
      };
    case 'factor':
      return {
        title: entry.title,
        main: entry.text,
        mainIsQuote: false,
        meta: FACTOR_GROUP_NAMES[entry.group],
      };
    case 'partnership':
      return {
        title: entry.title,
        main: `${entry.summary}\n\n${entry.text}`,
        mainIsQuote: false,
        meta: [entry.place, entry.targetGroup, ...entry.partners].join(' · '),
      };
    case 'lesson':
      return {
        title: entry.title,
        main: entry.text,
        mainIsQuote: false,
        meta: entry.partnerships.map((id) => titleOf(id) ?? '').join(' · '),
      };
    case 'source':
      return {
        title: entry.title,
        main: entry.text,
        mainIsQuote: false,
        meta: [entry.citation, entry.publisher, String(entry.year)].join(' · '),
      };
  }
}

export interface AnalyzedText {
  /** Stems (lexicon lemmas) of every non-stop word: exact matching. */
  stems: string[];
  /** Folded surface forms of every non-stop word: prefix and typo matching. */
  words: string[];
}

export function analyze(text: string, stemmer: TermStemmer): AnalyzedText {
  const stems: string[] = [];
  const words: string[] = [];
  for (const token of tokenize(text)) {
    if (isStopWord(token.term)) continue;
    const folded = foldForMatch(token.term);
    words.push(folded);
    stems.push(stemmer(folded));
  }
  return { stems, words };
}
