// Notes in the search list at scale: 100,000 notes in the store, typed queries through the whole
// search service (content and notes merged), one keystroke at a time, as the user types them.
// Target: p95 < 25 ms. Run alone: `npx tsx scripts/bench/notesSearch.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compileContentOrThrow } from '../content/compileContent';
import { createContentService } from '../../electron/services/content/contentService';
import { openNotesStore } from '../../electron/services/storeServices';
import { createSearchService } from '../../electron/services/search/searchService';
import { writeTransaction } from '../../electron/services/store/transactions';
import { buildSearchIndex } from '../search/buildIndex';
import { rng, text, vocabulary, zipfSampler } from './notes';
import { summarize } from './stats';

const NOTES = Number(process.env.SAMSPIL_BENCH_NOTES ?? 100_000);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Whole queries; each is also timed at every keystroke while it is typed. */
const TYPED = [
  'n',
  'tillid',
  'kontrakt styregruppe',
  'frivillige kommunen',
  'aftenskolerne',
  'økonomi ressourcer tid ledelse netværk',
  'tilid',
  'kulturformidling museum',
];

function keystrokes(q: string): string[] {
  return Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));
}

export async function benchNotesSearch(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-notes-search-'));
  try {
    const store = openNotesStore({ dataDir });
    const next = rng(7);
    const word = zipfSampler(vocabulary(), next);
    for (let i = 0; i < NOTES; i += 1000) {
      writeTransaction(store.db, () => {
        for (let k = i; k < Math.min(NOTES, i + 1000); k++) {
          store.create({
            title: `${text(next, word, 4)} ${k}`,
            body: text(next, word, 60 + Math.floor(next() * 80)),
            factors: [],
          });
        }
      });
    }
    const corpus = compileContentOrThrow(path.join(root, 'content'));
    const search = createSearchService(
      createContentService(corpus),
      buildSearchIndex(corpus.entries),
      store,
    );
    const typed: number[] = [];
    const typedCpu: number[] = [];
    const perQuery: Record<string, { p50: number; p95: number; cpuP95: number; notes: number }> =
      {};
    for (const q of TYPED) {
      const times: number[] = [];
      const cpuTimes: number[] = [];
      for (let round = 0; round < 5; round++) {
        for (const prefix of keystrokes(q)) {
          const cpu = process.cpuUsage();
          const t = performance.now();
          search.query({ q: prefix, limit: 20 });
          times.push(performance.now() - t);
          const used = process.cpuUsage(cpu);
          cpuTimes.push((used.user + used.system) / 1000);
        }
      }
      typed.push(...times);
      typedCpu.push(...cpuTimes);
      const { p50, p95 } = summarize(times);
      const notes = search.query({ q, limit: 20, kinds: ['note'] }).total;
      perQuery[q] = { p50, p95, cpuP95: summarize(cpuTimes).p95, notes };
    }
    store.close();
    return {
      notes: NOTES,
      typedQueryMs: summarize(typed),
      // CPU time beside wall time: on a shared machine the wall time also counts other processes.
      typedQueryCpuMs: summarize(typedCpu),
      targetP95Ms: 25,
      perQuery,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    };
  } finally {
    if (dataDir.startsWith(os.tmpdir())) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchNotesSearch().then((report) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`));
}
