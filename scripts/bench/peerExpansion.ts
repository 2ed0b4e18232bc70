// The query expansion Samspil does before it searches — the English glossary, the lexicon's
// forms, the compounds that end with a word — written out as plain words, so that every peer in
// the benchmark searches the same words and the relevance figures compare engines, not data.
// Prefix and typo handling stay each engine's own.
import { expandQuery } from '../../electron/services/search/expandQuery';
import type { SerializedSearchIndex } from '../../electron/services/search/indexFormat';
import { loadIndex } from '../../electron/services/search/loadIndex';
import { parseQuery } from '../../electron/services/search/parseQuery';

export type QueryExpander = (q: string) => string;

export function peerExpander(serialized: SerializedSearchIndex): QueryExpander {
  const index = loadIndex(serialized);
  return (q) => {
    const plan = expandQuery(parseQuery(q, index.glossary, index.stemmer), index, { typos: false });
    if (plan.slots.length === 0) return q;
    const out: string[] = [];
    for (const slot of plan.slots) {
      if (slot.presence === 'prohibited') continue;
      const extra = new Set<string>();
      for (const stem of slot.stems) for (const form of index.lexiconForms(stem)) extra.add(form);
      for (const [word, quality] of slot.expanded) if (quality === 2) extra.add(word);
      for (const word of slot.danish) extra.add(word);
      // The word as typed goes last, where an engine applies its prefix to the word being typed.
      const own = slot.glossary ? [] : [slot.surface];
      for (const word of own) extra.delete(word);
      out.push(...extra, ...own);
    }
    // A query that ends in a space is not being typed: keep that for the engines too.
    return out.join(' ') + (/\s$/.test(q) ? ' ' : '');
  };
}
