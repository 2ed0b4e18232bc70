// Search figures as JSON: index load time and size, query latency p50/p95/max over a fixed mix of
// exact, prefix, typo and multi-word queries, on the bundled corpus and on a synthetic corpus 100
// times larger; the same for the engines a user might pick instead (as ratios to Samspil), and
// every engine's pass rate on the relevance set. Run alone: `npx tsx scripts/bench/search.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compileContentOrThrow } from '../content/compileContent';
import { createContentService } from '../../electron/services/content/contentService';
import { buildSearchIndex } from '../search/buildIndex';
import { createSearchService } from '../../electron/services/search/searchService';
import type {
  NotesSearchSource,
  NotesStore,
  SearchService,
} from '../../electron/services/serviceTypes';
import type { SerializedSearchIndex } from '../../electron/services/search/indexFormat';
import { openNotesStore } from '../../electron/services/storeServices';
import type { HitKind } from '../../shared/search/types';
import { peerExpander, type QueryExpander } from './peerExpansion';
import type { Corpus } from '../../shared/content/types';
import { RELEVANCE_CASES, RELEVANCE_NOTES } from '../../test/search/relevanceCases';
import { syntheticCorpus } from '../../test/search/syntheticCorpus';
import {
  docsOf,
  fts5Engine,
  miniSearchEngine,
  plainLunrEngine,
  substringEngine,
  type Engine,
} from './searchPeers';
import { summarize, type Summary } from './stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const QUERY_MIX: Record<'exact' | 'prefix' | 'typo' | 'multiWord', string[]> = {
  exact: [
    'tillid',
    'kontrakt',
    'forankring',
    'frivillige',
    'aftenskolerne',
    'økonomi',
    'museet',
    'styregruppe',
  ],
  prefix: [
    't',
    'ti',
    'til',
    'tilli',
    'fagli',
    'frivillig',
    'forvent',
    'kompro',
    'organisationer',
    'sam',
  ],
  typo: [
    'tilid',
    'forankirng',
    'kontrackt',
    'legitmitet',
    'komprimis',
    'nysgerighed',
    'transparans',
  ],
  multiWord: [
    'tillid respekt',
    'kontrakt aftenskole',
    'formelle rammer økonomi',
    'politisk klima',
    'fælles mål',
    'frivillige borgere med handicap',
  ],
};
const LIMIT = 20;

const TARGETS = { bundledP95Ms: 2, x100P95Ms: 25, bundledLoadMs: 50 };

function samspilEngine(
  corpus: Corpus,
  limitOverride?: number,
  built?: string,
  notes?: NotesSearchSource,
): Engine & { buildMs: number; json: string } {
  const started = performance.now();
  const json = built ?? JSON.stringify(buildSearchIndex(corpus.entries));
  const buildMs = performance.now() - started;
  const content = createContentService(corpus);
  let service: SearchService | undefined;
  return {
    name: 'Samspil',
    buildMs,
    json,
    indexBytes: Buffer.byteLength(json),
    load: () => {
      service = createSearchService(content, JSON.parse(json), notes);
    },
    search: (q, limit) =>
      service?.query({ q, limit: limitOverride ?? limit }).hits.map((h) => h.id) ?? [],
  };
}

function timeLoad(engine: Engine, runs: number): Summary {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    engine.load();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

function timeQueries(engine: Engine, rounds: number): Record<string, Summary> {
  const all: number[] = [];
  const out: Record<string, Summary> = {};
  for (const queries of Object.values(QUERY_MIX)) queries.forEach((q) => engine.search(q, LIMIT));
  for (const [category, queries] of Object.entries(QUERY_MIX)) {
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        const started = performance.now();
        engine.search(q, LIMIT);
        samples.push(performance.now() - started);
      }
    }
    all.push(...samples);
    out[category] = summarize(samples);
  }
  return { all: summarize(all), ...out };
}

interface RelevanceScore {
  passed: number;
  of: number;
  rate: number;
  /** Passed / cases per category of the relevance set. */
  byCategory: Record<string, string>;
}

/** `kindOf` maps a hit id to its kind, so a case's kind filter applies to every engine alike. */
function relevance(engine: Engine, kindOf: (id: string) => string | undefined): RelevanceScore {
  let passed = 0;
  const categories = new Map<string, [number, number]>();
  for (const { q, top3, kinds, category } of RELEVANCE_CASES) {
    const found = engine.search(q, kinds ? 200 : 3);
    const got = (kinds ? found.filter((id) => kinds.includes(kindOf(id) as HitKind)) : found).slice(
      0,
      3,
    );
    const ok = top3.every((id) => got.includes(id));
    if (ok) passed++;
    const tally = categories.get(category) ?? [0, 0];
    categories.set(category, [tally[0] + (ok ? 1 : 0), tally[1] + 1]);
  }
  const of = RELEVANCE_CASES.length;
  return {
    passed,
    of,
    rate: Math.round((passed / of) * 1000) / 1000,
    byCategory: Object.fromEntries([...categories].map(([c, [p, n]]) => [c, `${p}/${n}`])),
  };
}

/** The relevance set's notes in a fresh store, and their ids as the cases name them. */
function relevanceNotes(): { store: NotesStore; key: Map<string, string>; close(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-relevance-'));
  const store = openNotesStore({ dataDir: dir });
  const key = new Map(RELEVANCE_NOTES.map((n) => [store.create(n).id, `note:${n.title}`]));
  return {
    store,
    key,
    close: () => {
      store.close();
      if (dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The peer, searching the words Samspil's expansion gives (glossary, lexicon, compounds). */
function withExpansion(engine: Engine, expand: QueryExpander): Engine {
  return { ...engine, search: (q, limit) => engine.search(expand(q), limit) };
}

const ratio = (peer: number, own: number) => Math.round((peer / Math.max(own, 1e-6)) * 100) / 100;

function measureCorpus(corpus: Corpus, rounds: number, withRelevance: boolean) {
  const notes = withRelevance ? relevanceNotes() : undefined;
  const noteDocs = RELEVANCE_NOTES.map((n) => ({ ...n, id: `note:${n.title}` }));
  const docs = docsOf(corpus.entries, notes ? noteDocs : []);
  const kinds = new Map<string, string>(corpus.entries.map((e) => [e.id, e.kind]));
  const kindOf = (id: string) => (id.startsWith('note:') ? 'note' : kinds.get(id));
  const progress = (name: string) =>
    process.stderr.write(`  ${corpus.entries.length} poster: ${name}\n`);
  progress('Samspil');
  const samspil = samspilEngine(corpus);
  const expand = peerExpander(JSON.parse(samspil.json) as SerializedSearchIndex);
  const engines: Engine[] = [samspil];
  for (const make of [miniSearchEngine, fts5Engine, substringEngine, plainLunrEngine]) {
    progress(make.name);
    engines.push(withExpansion(make(docs), expand));
  }
  // Samspil's relevance includes the notes store, as the app searches it.
  const samspilWithNotes = notes && samspilEngine(corpus, undefined, samspil.json, notes.store);
  samspilWithNotes?.load();
  const results = engines.map((engine, i) => {
    const load = timeLoad(engine, rounds > 10 ? 10 : 3);
    const latency = timeQueries(engine, rounds);
    const judged: Engine | undefined =
      i === 0 && samspilWithNotes
        ? {
            ...samspilWithNotes,
            search: (q, limit) =>
              samspilWithNotes.search(q, limit).map((id) => notes?.key.get(id) ?? id),
          }
        : engine;
    const rel = withRelevance && judged ? relevance(judged, kindOf) : undefined;
    engine.close?.();
    return { engine, load, latency, rel };
  });
  notes?.close();
  const own = results[0] as (typeof results)[number];
  // The same queries with no hits built (no snippets, no highlighting): ranking, facets, total.
  const rankingOnly = samspilEngine(corpus, 0, samspil.json);
  rankingOnly.load();
  const rankingOnlyLatency = timeQueries(rankingOnly, rounds).all;
  return {
    documents: corpus.entries.length,
    samspil: {
      indexBuildMs: Math.round(samspil.buildMs),
      indexBytes: samspil.indexBytes,
      loadMs: own.load,
      latencyMs: own.latency,
      rankingOnlyLatencyMs: rankingOnlyLatency,
      ...(own.rel ? { relevance: own.rel } : {}),
    },
    peers: Object.fromEntries(
      results.slice(1).map(({ engine, load, latency, rel }) => [
        engine.name,
        {
          indexBytes: engine.indexBytes,
          loadMs: load,
          latencyMs: latency.all,
          /** Peer time divided by Samspil's: above 1 means Samspil is faster. */
          ratioToSamspil: {
            p50: ratio(latency.all?.p50 ?? NaN, own.latency.all?.p50 ?? NaN),
            p95: ratio(latency.all?.p95 ?? NaN, own.latency.all?.p95 ?? NaN),
            load: ratio(load.p50, own.load.p50),
          },
          ...(rel ? { relevance: rel } : {}),
        },
      ]),
    ),
  };
}

export async function benchSearch(): Promise<Record<string, unknown>> {
  const corpus = compileContentOrThrow(path.join(root, 'content'));
  const bundled = measureCorpus(corpus, 40, true);
  const x100 = measureCorpus(syntheticCorpus(corpus, 100), 5, false);
  const p95 = (m: typeof bundled) => m.samspil.latencyMs.all?.p95 ?? NaN;
  return {
    queryMix: QUERY_MIX,
    targets: {
      bundledP95Ms: {
        target: TARGETS.bundledP95Ms,
        measured: p95(bundled),
        met: p95(bundled) <= TARGETS.bundledP95Ms,
      },
      x100P95Ms: {
        target: TARGETS.x100P95Ms,
        measured: p95(x100),
        met: p95(x100) <= TARGETS.x100P95Ms,
      },
      bundledLoadMs: {
        target: TARGETS.bundledLoadMs,
        measured: bundled.samspil.loadMs.p95,
        met: bundled.samspil.loadMs.p95 <= TARGETS.bundledLoadMs,
      },
      /** Full queries: Samspil also builds 20 snippets with highlights; the peers return ids. */
      fasterThanEachPeerOnBundled: Object.fromEntries(
        Object.entries(bundled.peers).map(([name, peer]) => [name, peer.ratioToSamspil.p95 >= 1]),
      ),
      /** Like for like: Samspil's ranking, facets and total without building hits. */
      rankingFasterThanEachPeerOnBundled: Object.fromEntries(
        Object.entries(bundled.peers).map(([name, peer]) => [
          name,
          {
            p50:
              (peer.latencyMs?.p50 ?? 0) >= (bundled.samspil.rankingOnlyLatencyMs?.p50 ?? Infinity),
            p95:
              (peer.latencyMs?.p95 ?? 0) >= (bundled.samspil.rankingOnlyLatencyMs?.p95 ?? Infinity),
          },
        ]),
      ),
      relevanceAtLeastEachPeer: Object.fromEntries(
        Object.entries(bundled.peers).map(([name, peer]) => [
          name,
          (bundled.samspil.relevance?.rate ?? 0) >= (peer.relevance?.rate ?? 0),
        ]),
      ),
    },
    bundled,
    x100,
  };
}

const isMain = process.argv[1] && /bench[\\/]search\.[cm]?[tj]s$/.test(process.argv[1]);
if (isMain) {
  benchSearch().then((report) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`));
}
