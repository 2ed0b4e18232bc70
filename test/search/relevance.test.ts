// The relevance set over the real corpus and a few of the user's own notes (a real notes store in
// a temp folder): reports how many queries pass and fails below all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openNotesStore } from '../../electron/services/storeServices';
import { RELEVANCE_CASES, RELEVANCE_NOTES } from './relevanceCases';
import { realSearch } from './realCorpus';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-relevance-'));
const store = openNotesStore({ dataDir: dir });
afterAll(() => {
  store.close();
  if (dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
});

describe('relevance over the real corpus and the user notes', () => {
  it(`puts the expected entries in the top 3 for all ${RELEVANCE_CASES.length} queries`, () => {
    const noteKey = new Map(
      RELEVANCE_NOTES.map((n) => [store.create(n).id, `note:${n.title}`] as const),
    );
    const { search } = realSearch(store);
    const failures: string[] = [];
    for (const { q, category, top3, kinds } of RELEVANCE_CASES) {
      const got = search
        .query({ q, limit: 3, ...(kinds ? { kinds } : {}) })
        .hits.map((h) => noteKey.get(h.id) ?? h.id);
      const missing = top3.filter((id) => !got.includes(id));
      if (missing.length)
        failures.push(`[${category}] ${q}: mangler ${missing.join(', ')}; fik ${got.join(', ')}`);
    }
    const passed = RELEVANCE_CASES.length - failures.length;
    console.log(`relevance: ${passed}/${RELEVANCE_CASES.length} queries pass`);
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(80);
    expect(failures).toEqual([]);
  });
});
