// The index's surface words, sorted for prefix lookup (binary search) and bucketed by length for a
// bounded typo scan, so expansions run against real words instead of stems.
import { boundedEditDistance } from './editDistance';

export interface VocabularyWord {
  word: string;
  /** How many documents hold the word. */
  df: number;
}

export interface Expansion {
  word: string;
  distance: number;
}

export class Vocabulary {
  private readonly sorted: VocabularyWord[];
  private readonly byLength = new Map<number, VocabularyWord[]>();
  private readonly dfByWord = new Map<string, number>();

  constructor(words: VocabularyWord[]) {
    this.sorted = [...words].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    for (const entry of this.sorted) {
      this.dfByWord.set(entry.word, entry.df);
      const bucket = this.byLength.get(entry.word.length);
      if (bucket) bucket.push(entry);
      else this.byLength.set(entry.word.length, [entry]);
    }
  }

  get size(): number {
    return this.sorted.length;
  }

  has(word: string): boolean {
    return this.dfByWord.has(word);
  }

  /** Words that start with `prefix` (not the prefix itself), the most frequent first, at most `cap`. */
  completions(prefix: string, cap: number): Expansion[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] as VocabularyWord).word < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: VocabularyWord[] = [];
    for (let i = lo; i < this.sorted.length; i++) {
      const entry = this.sorted[i] as VocabularyWord;
      if (!entry.word.startsWith(prefix)) break;
      if (entry.word !== prefix) found.push(entry);
    }
    return pickBest(found, cap, () => 0);
  }

  /**
   * Words within `maxDistance` edits (Damerau: adjacent transpositions count once). Like most
   * typo-tolerant engines it trusts the first letter (or the first two swapped), which keeps the
   * scan to a small share of a large vocabulary.
   */
  similar(word: string, maxDistance: number, cap: number): Expansion[] {
    const found: { entry: VocabularyWord; distance: number }[] = [];
    const first = word[0];
    const swapped = word[1];
    for (let length = word.length - maxDistance; length <= word.length + maxDistance; length++) {
      for (const entry of this.byLength.get(length) ?? []) {
        const start = entry.word[0];
        if (start !== first && !(start === swapped && entry.word[1] === first)) continue;
        const distance = boundedEditDistance(word, entry.word, maxDistance);
        if (distance > 0 && distance <= maxDistance) found.push({ entry, distance });
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.entry.df - a.entry.df);
    return found.slice(0, cap).map(({ entry, distance }) => ({ word: entry.word, distance }));
  }
}

function pickBest(found: VocabularyWord[], cap: number, distance: () => number): Expansion[] {
  const chosen = found.length <= cap ? found : [...found].sort((a, b) => b.df - a.df).slice(0, cap);
  return chosen.map((entry) => ({ word: entry.word, distance: distance() }));
}
