// A corpus `factor` times larger than the bundled one, built from its own text: each copy of an
// entry gets sentences from other entries and compound words made from corpus words (Zipf-drawn
// from a fixed pool), so the vocabulary grows the way a real, larger knowledge base's would.
import type { ContentEntry, Corpus } from '../../shared/content/types';

/** Deterministic PRNG (mulberry32) so every run measures the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = /[\p{L}]{4,}/gu;

export function syntheticCorpus(base: Corpus, factor: number, seed = 1): Corpus {
  const rand = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const sentences = base.entries.flatMap((e) =>
    e.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20),
  );
  const words = [...new Set(base.entries.flatMap((e) => e.text.toLowerCase().match(WORD) ?? []))];
  const compounds = Array.from({ length: 40_000 }, () => pick(words) + pick(words));
  // Zipf-like: a few compounds are common, most are rare.
  const compound = () => compounds[Math.floor(compounds.length * rand() ** 3)] as string;
  const vary = (sentence: string) =>
    sentence.replace(WORD, (w) => (rand() < 0.12 ? compound() : w));

  const entries: ContentEntry[] = [...base.entries];
  for (let copy = 1; copy < factor; copy++) {
    for (const entry of base.entries) {
      const own = entry.text.split(/(?<=[.!?])\s+/);
      const mixed = own.map((s) => (rand() < 0.5 ? vary(s) : vary(pick(sentences))));
      const text = mixed.join(' ');
      entries.push({
        ...entry,
        id: `${entry.id}-x${copy}`,
        title: vary(entry.title),
        text,
        html: '',
        ...(entry.kind === 'partnership' ? { summary: vary(entry.summary), sections: [] } : {}),
      } as ContentEntry);
    }
  }
  return { ...base, entries };
}
