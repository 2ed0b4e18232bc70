// Search by author: what the team library's author lookup adds to a keystroke. A colleague's
// 2,000 shared notes reach this device through the real services and folder; the same queries
// then run without the lookup, with it, and with an author filter.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  loadContentService,
  loadSearchIndex,
} from '../../electron/services/content/contentService';
import { createSearchService } from '../../electron/services/search/searchService';
import type { SearchService } from '../../electron/services/serviceTypes';
import { openServices } from '../../electron/services/services';
import type { SearchRequest } from '../../shared/search/types';
import { summarize } from './stats';

const NOTES = 2_000;
const RUNS = 300;
const QUERIES = ['tillid', 'samarb', 'forankring'];

function measure(search: SearchService, extra: Partial<SearchRequest>) {
  // Warmed up first, so that the first of the three is not charged with the JIT's work.
  for (const q of QUERIES) for (let i = 0; i < 20; i++) search.query({ q, ...extra });
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const q = QUERIES[run % QUERIES.length] as string;
    const started = performance.now();
    search.query({ q, ...extra });
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export async function benchSearchAuthors(): Promise<Record<string, unknown>> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-authors-'));
  const folder = path.join(root, 'S-drev');
  fs.mkdirSync(folder);
  const anne = openServices({ dataDir: path.join(root, 'anne') });
  const bo = openServices({ dataDir: path.join(root, 'bo') });
  try {
    anne.team.join(folder, 'Anne Holm');
    bo.team.join(folder, 'Bo Lind');
    const ids: string[] = [];
    for (let i = 0; i < NOTES; i++) {
      const body = `Tillid, samarbejde og forankring i partnerskab ${i}.`;
      ids.push(anne.notes.create({ title: `Note ${i} om tillid`, body }).id);
    }
    anne.team.setShared('note', ids, true);
    anne.team.sync();
    bo.team.sync();
    const withoutLookup = createSearchService(loadContentService(), loadSearchIndex(), bo.notes);
    const lookupIds = bo.notes.list({ limit: 100 }).map((n) => n.id);
    const lookup: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      bo.team.noteAuthors()?.of(lookupIds);
      lookup.push(performance.now() - started);
    }
    return {
      sharedNotes: NOTES,
      queryMsWithoutAuthors: measure(withoutLookup, {}),
      queryMsWithAuthors: measure(bo.search, {}),
      queryMsAuthorFilter: measure(bo.search, { author: 'Anne Holm' }),
      lookupMsFor100Notes: summarize(lookup),
    };
  } finally {
    anne.close();
    bo.close();
    if (path.isAbsolute(root) && root.length > 8) fs.rmSync(root, { recursive: true, force: true });
  }
}
