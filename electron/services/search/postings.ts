// Reads the compacted index's postings on demand (decoded once per term, then cached) and scores
// documents the way lunr does: the sum over matched terms of query boost × BM25 weight, divided by
// the length of the query vector, per field group.
import type { SerializedSearchIndex } from './indexFormat';
import { NO_MATCH, type Clause } from './expandQuery';
import { MAX_SLOTS } from './parseQuery';

export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

const EMPTY: Postings = { docs: new Int32Array(0), weights: new Float32Array(0) };

export function decodePostings(encoded: string): Postings {
  if (!encoded) return EMPTY;
  const items = encoded.split(',');
  const docs = new Int32Array(items.length);
  const weights = new Float32Array(items.length);
  let doc = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as string;
    const colon = item.indexOf(':');
    doc += parseInt(item.slice(0, colon), 36);
    docs[i] = doc;
    weights[i] = parseInt(item.slice(colon + 1), 36) / 1000;
  }
  return { docs, weights };
}

export interface ScoredDocs {
  /** Documents with any match, in the order first met. */
  docs: number[];
  scores: Float64Array;
  /** Best quality per document and slot at `doc * stride + slot`; NO_MATCH = no match. */
  qualities: Uint8Array;
  stride: number;
}

export class PostingsIndex {
  private readonly encoded = new Map<
    string,
    [stems: string, words: string, df: number, forms: string]
  >();
  private readonly decoded = new Map<string, Postings>();

  constructor(readonly serialized: SerializedSearchIndex) {
    for (const [term, stems, words, df, forms] of serialized.terms) {
      this.encoded.set(term, [stems, words, df, forms]);
    }
  }

  get documentCount(): number {
    return this.serialized.docs.length;
  }

  docId(doc: number): string {
    return this.serialized.docs[doc] as string;
  }

  hasStem(term: string): boolean {
    return Boolean(this.encoded.get(term)?.[0]);
  }

  /** Surface words with the number of documents that hold them, for the vocabulary. */
  *words(): Generator<{ word: string; df: number }> {
    for (const [term, [, words]] of this.encoded) {
      if (!words) continue;
      let df = 1;
      for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) === 44) df++;
      yield { word: term, df };
    }
  }

  /** Surface words of the corpus whose stem is `stem` (other than the stem itself). */
  forms(stem: string): string[] {
    const forms = this.encoded.get(stem)?.[3];
    return forms ? forms.split(' ') : [];
  }

  /** lunr's document frequency (summed over fields), for idf. */
  df(term: string): number {
    return this.encoded.get(term)?.[2] ?? 0;
  }

  postings(term: string, on: Clause['on']): Postings {
    const key = `${on === 'stems' ? 's' : 'w'}${term}`;
    let found = this.decoded.get(key);
    if (!found) {
      const encoded = this.encoded.get(term);
      found = encoded ? decodePostings(on === 'stems' ? encoded[0] : encoded[1]) : EMPTY;
      if (this.decoded.size > 20_000) this.decoded.clear();
      this.decoded.set(key, found);
    }
    return found;
  }

  // Scratch arrays reused by every query (queries run one at a time): allocating them per query
  // costs more than the scoring itself on a large corpus.
  private scratch?: {
    scores: Float64Array;
    qualities: Uint8Array;
    seen: Uint8Array;
    docs: number[];
  };

  /** Valid until the next call; clause slots are below MAX_SLOTS. */
  score(clauses: Clause[]): ScoredDocs {
    const n = this.documentCount;
    const scratch = (this.scratch ??= {
      scores: new Float64Array(n),
      qualities: new Uint8Array(n * MAX_SLOTS).fill(NO_MATCH),
      seen: new Uint8Array(n),
      docs: [],
    });
    const { scores, qualities, seen } = scratch;
    for (const doc of scratch.docs) {
      scores[doc] = 0;
      seen[doc] = 0;
      qualities.fill(NO_MATCH, doc * MAX_SLOTS, (doc + 1) * MAX_SLOTS);
    }
    const docs: number[] = (scratch.docs = []);
    const norms = queryNorms(clauses);
    for (const clause of clauses) {
      const { docs: postingDocs, weights } = this.postings(clause.term, clause.on);
      const factor = clause.boost / norms[clause.on];
      for (let i = 0; i < postingDocs.length; i++) {
        const doc = postingDocs[i] as number;
        if (!seen[doc]) {
          seen[doc] = 1;
          docs.push(doc);
        }
        scores[doc] = (scores[doc] as number) + factor * (weights[i] as number);
        const at = doc * MAX_SLOTS + clause.slot;
        if (clause.quality < (qualities[at] as number)) qualities[at] = clause.quality;
      }
    }
    return { docs, scores, qualities, stride: MAX_SLOTS };
  }
}

/** lunr divides by the query vector's length per field; stems and words get different clauses. */
export function queryNorms(clauses: Clause[]): { stems: number; words: number } {
  const sums = { stems: new Map<string, number>(), words: new Map<string, number>() };
  for (const c of clauses) sums[c.on].set(c.term, (sums[c.on].get(c.term) ?? 0) + c.boost);
  const norm = (m: Map<string, number>) =>
    Math.sqrt([...m.values()].reduce((sum, b) => sum + b * b, 0)) || 1;
  return { stems: norm(sums.stems), words: norm(sums.words) };
}
