// The relevance set over the real corpus: reports how many queries pass and fails below all.
import { describe, expect, it } from 'vitest';
import { RELEVANCE_CASES } from './relevanceCases';
import { realSearch } from './realCorpus';

describe('relevance over the real corpus', () => {
  it(`puts the expected entries in the top 3 for all ${RELEVANCE_CASES.length} queries`, () => {
    const { search } = realSearch();
    const failures: string[] = [];
    for (const { q, category, top3 } of RELEVANCE_CASES) {
      const got = search.query({ q, limit: 3 }).hits.map((h) => h.id);
      const missing = top3.filter((id) => !got.includes(id));
      if (missing.length)
        failures.push(`[${category}] ${q}: mangler ${missing.join(', ')}; fik ${got.join(', ')}`);
    }
    const passed = RELEVANCE_CASES.length - failures.length;
    console.log(`relevance: ${passed}/${RELEVANCE_CASES.length} queries pass`);
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(50);
    expect(failures).toEqual([]);
  });
});
