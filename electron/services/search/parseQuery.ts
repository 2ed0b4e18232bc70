// Turns anything a person can type into query slots: one per word (or English glossary phrase),
// with the stems and surface forms it matches exactly and the prefixes it may complete. User text
// never reaches lunr's query parser, so its syntax characters are just separators here.
import { foldForMatch, isStopWord, tokenize, type Token } from '../../../shared/search/danish';
import type { Glossary, TermStemmer } from './searchData';

export interface QuerySlot {
  /** The folded word as typed (for a glossary phrase: the English phrase). */
  surface: string;
  /** Stems that count as an exact match. */
  stems: string[];
  /** Surface forms that count as an exact word-form match (weigh a little more than a stem). */
  surfaces: string[];
  /** Words whose completions count as prefix matches (compounds that begin with the word). */
  prefixes: string[];
  /** The last word of the query: completes from its first letter, with more completions. */
  last: boolean;
  /** Index of the quoted phrase the slot belongs to, or null. */
  phrase: number | null;
  /** True when the slot is a stop word kept only because it may be the start of a longer word. */
  prefixOnly: boolean;
  /** True when the English glossary supplied the Danish words. */
  glossary: boolean;
  /** The Danish words the glossary gave (empty when it gave none). */
  danish: string[];
  /** `+word` must match, `-word` must not (as in lunr's and most search engines' syntax). */
  presence: 'optional' | 'required' | 'prohibited';
}

export interface ParsedQuery {
  slots: QuerySlot[];
  /** Slot indices of each quoted phrase, in order. */
  phrases: number[][];
}

export const MAX_SLOTS = 12;
const MAX_INPUT = 2000;
const MIN_COMPOUND_PREFIX = 4;
const QUOTES = /["„“”«»]/;
// lunr's boost and fuzziness suffixes (tillid~2, tillid^10) are not words of the query.
const LUNR_SUFFIX = /(?<=[\p{L}\p{N}])[~^]\d*(?:\.\d+)?/gu;
const ENGLISH_FILLERS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'to', 'for', 'with', 'on']);

/** Whole words only: the parts of a joined word (styregruppe-møder) are not separate slots. */
function wholeWords(text: string): Token[] {
  const words: Token[] = [];
  for (const token of tokenize(text)) {
    const previous = words[words.length - 1];
    if (previous && token.start < previous.end) continue;
    words.push(token);
  }
  return words;
}

function englishKey(words: string[], glossary: Glossary): string | null {
  const phrase = words.join(' ');
  const head = words.slice(0, -1).join(' ');
  const last = words[words.length - 1] ?? '';
  const singulars = [last];
  if (last.endsWith('ies')) singulars.push(`${last.slice(0, -3)}y`);
  if (last.endsWith('es')) singulars.push(last.slice(0, -2));
  if (last.endsWith('s')) singulars.push(last.slice(0, -1));
  for (const candidate of [phrase, ...singulars.slice(1).map((s) => (head ? `${head} ${s}` : s))]) {
    if (Object.hasOwn(glossary.entries, candidate)) return candidate;
  }
  return null;
}

export function parseQuery(input: string, glossary: Glossary, stemmer: TermStemmer): ParsedQuery {
  const text = input.slice(0, MAX_INPUT).replace(LUNR_SUFFIX, ' ');
  const endsOpen = /[\p{L}\p{N}]$/u.test(text);
  const slots: QuerySlot[] = [];
  const phrases: number[][] = [];
  const segments = text.split(QUOTES);
  const seen = new Map<string, number>();

  segments.forEach((segment, segmentIndex) => {
    const quoted = segmentIndex % 2 === 1;
    const tokens = wholeWords(segment);
    const words = tokens.map((t) => foldForMatch(t.term));
    const phraseSlots: number[] = [];
    for (let i = 0; i < words.length && slots.length < MAX_SLOTS; i++) {
      let consumed = 1;
      let englishWords: string[] | null = null;
      if (!quoted) {
        for (let n = Math.min(3, words.length - i); n >= 1; n--) {
          const key = englishKey(words.slice(i, i + n), glossary);
          if (key) {
            consumed = n;
            englishWords = glossary.entries[key] ?? null;
            break;
          }
        }
      }
      const word = words.slice(i, i + consumed).join(' ');
      const presence =
        quoted || englishWords ? 'optional' : presenceOf(segment, tokens[i] as Token);
      i += consumed - 1;
      const isLastWord = segmentIndex === segments.length - 1 && i === words.length - 1;
      const stop = !englishWords && isStopWord(word);
      if (stop && !(isLastWord && endsOpen && word.length >= 2 && presence === 'optional'))
        continue;
      if (!quoted && seen.has(word)) continue;

      const danish = (englishWords ?? []).flatMap((w) =>
        wholeWords(w).map((t) => foldForMatch(t.term)),
      );
      const own = consumed === 1 ? [word] : [];
      const joined = word.includes('-') ? [word.replace(/-/g, '')] : [];
      const exactWords = stop ? [] : [...new Set([...own, ...joined, ...danish])];
      const slot: QuerySlot = {
        surface: word,
        stems: [...new Set(exactWords.map(stemmer))],
        surfaces: exactWords,
        prefixes:
          presence === 'prohibited'
            ? []
            : [...own, ...danish].filter((w) => isLastWord || w.length >= MIN_COMPOUND_PREFIX),
        last: isLastWord,
        phrase: quoted ? phrases.length : null,
        prefixOnly: stop,
        glossary: englishWords !== null,
        danish,
        presence,
      };
      if (quoted) phraseSlots.push(slots.length);
      else seen.set(word, slots.length);
      slots.push(slot);
    }
    if (quoted && phraseSlots.length > 0) phrases.push(phraseSlots);
  });

  // English fillers ("the contract") only get in the way once the glossary has recognised the query.
  if (slots.some((s) => s.glossary)) {
    const kept = slots.filter(
      (s) => s.glossary || s.phrase !== null || !ENGLISH_FILLERS.has(s.surface),
    );
    if (kept.length < slots.length) return renumber(kept, phrases, slots);
  }
  return { slots, phrases };
}

function presenceOf(segment: string, token: Token): QuerySlot['presence'] {
  const sign = segment[token.start - 1];
  const before = segment[token.start - 2];
  if ((sign !== '+' && sign !== '-') || (before !== undefined && !/\s/.test(before))) {
    return 'optional';
  }
  return sign === '+' ? 'required' : 'prohibited';
}

function renumber(kept: QuerySlot[], phrases: number[][], all: QuerySlot[]): ParsedQuery {
  return {
    slots: kept,
    phrases: phrases.map((p) => p.map((i) => kept.indexOf(all[i] as QuerySlot))),
  };
}
