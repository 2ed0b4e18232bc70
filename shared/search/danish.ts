// Danish text handling shared by the index builder, the query side and the notes store's FTS5
// normalisation: one tokenizer, lunr-languages' Danish stemmer and stop words. Browser-safe.
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import danishPlugin from 'lunr-languages/lunr.da.js';
import { lunrPluginHost, type DanishPlugin } from './lunrPluginHost';

// lunr-languages' plugins only need a few hooks of lunr to install the Danish stemmer and stop
// words; a small host gives them those, so the app (which never builds an index) ships without
// lunr itself. Build-time code and the bench peers install the same plugins on real lunr.
const host = lunrPluginHost();
stemmerSupport(host);
danishPlugin(host);
const danish = host.da as DanishPlugin;

export interface Token {
  /** Lowercased (NFC) surface form. */
  term: string;
  /** UTF-16 offsets into the text that was tokenized (end exclusive). */
  start: number;
  end: number;
}

// A word is a run of letters, marks and digits; `-` and `.` join words when letters or digits
// stand on both sides (styregruppe-møder, frivilligjob.dk, 1.000). `§ 18` is one token.
const WORD = /§\s*\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:[-.][\p{L}\p{M}\p{N}]+)*/gu;
const PART = /[\p{L}\p{M}\p{N}]+/gu;

/** The words `tokenize` starts from, as they stand in the text (for callers that cache per word). */
export function wordsOf(text: string): IterableIterator<RegExpMatchArray> {
  return text.matchAll(WORD);
}
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

const COMBINING = /\p{M}/u;

function normalize(raw: string): string {
  const lower = raw.toLowerCase();
  // Only decomposed letters (a + ring) need composing; skipping the rest keeps tokenizing fast.
  return COMBINING.test(lower) ? lower.normalize('NFC') : lower;
}

/**
 * Splits text into lowercase terms with their offsets. A joined word (styregruppe-møder,
 * frivilligjob.dk) gives the whole and then each part, all at their own offsets.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    if (raw.startsWith('§')) {
      const digits = raw.slice(1).trimStart();
      tokens.push({ term: `§${digits}`, start, end: start + raw.length });
      const at = start + raw.length - digits.length;
      tokens.push({ term: normalize(digits), start: at, end: at + digits.length });
      continue;
    }
    tokens.push({ term: normalize(raw), start, end: start + raw.length });
    if (!/[-.]/.test(raw)) continue;
    for (const part of raw.matchAll(PART)) {
      tokens.push({
        term: normalize(part[0]),
        start: start + part.index,
        end: start + part.index + part[0].length,
      });
    }
  }
  return tokens;
}

const stemCache = new Map<string, string>();

/** The Danish Snowball stem (lunr-languages) of a lowercase word; other tokens stay as they are. */
export function stem(term: string): string {
  if (!LETTERS_ONLY.test(term)) return term;
  let stemmed = stemCache.get(term);
  if (stemmed === undefined) {
    stemmed = danish.stemmer(term);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(term, stemmed);
  }
  return stemmed;
}

/** lunr-languages' Danish stop words (og, i, at, det, …). */
export function isStopWord(term: string): boolean {
  return danish.stopWordFilter(term) === undefined;
}

/**
 * Folds accents that Danish writers use loosely (é→e, ü→u) while keeping æ, ø and å distinct,
 * so "idé" and "ide" meet but "bøger" and "boger" do not.
 */
export function foldForMatch(term: string): string {
  if (/^[a-z0-9æøå§.-]*$/.test(term)) return term;
  return term
    .normalize('NFD')
    .replace(/(?!\u030a)\p{M}/gu, '')
    .normalize('NFC');
}
