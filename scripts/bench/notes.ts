// Notes store figures as JSON: 100,000 notes inserted through the store in batches of 1,000
// (target < 10 s), FTS query p50/p95 at that size (target p95 < 10 ms), the newest 50, and what
// the durability costs at that size (open with integrity check, a backup).
// Run alone: `npx tsx scripts/bench/notes.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openNotesStore } from '../../electron/services/storeServices';
import { writeTransaction } from '../../electron/services/store/transactions';
import { buildNoteQuery } from '../../electron/services/notes/noteText';
import { summarize } from './stats';

const NOTES = Number(process.env.SAMSPIL_BENCH_NOTES ?? 100_000);
const BATCH = 1_000;

// Words from the domain, so the stemmer and the index see realistic Danish text.
const DOMAIN = (
  'frivillig frivillige frivilligheden aftenskole aftenskolerne aftenskolens kommune kommunen ' +
  'kommunens partnerskab partnerskabet partnerskaber tillid tilliden kontrakt kontrakten ' +
  'forankring forankringen styregruppe styregruppen møde møderne koordinator koordinatoren ' +
  'borger borgerne handicap udviklingshæmning museum museet kunst kultur kulturformidling ' +
  'samarbejde samarbejdet læring erfaring erfaringer ressourcer økonomi tid opbakning ledelse ' +
  'ledelsen relation relationer gensidig respekt forståelse netværk åbenhed inklusion deltagelse ' +
  'aktivitet aktiviteter hold holdet underviser underviseren forening foreningen projekt ' +
  'projektet evaluering fremtid potentiale rammer struktur formel uformel aftale aftaler'
).split(' ');
const FILLER = 'og i at det en der til som på de med for af ikke vi har er var'.split(' ');
const SYLLABLES = 'ka ro mi le sa tu ne bi fo da gre vil sk ør må æl be ning hed lig se'.split(' ');

/**
 * Word frequencies follow Zipf's law over 5,000 words, as in real prose: a few words are in
 * almost every note, most are rare. Domain words sit at ranks 10, 60, 110, … so the queries
 * below meet common as well as rare terms.
 */
export function vocabulary(): string[] {
  const words: string[] = [];
  for (let rank = 0; rank < 5000; rank++) {
    const domain = rank >= 10 && (rank - 10) % 50 === 0 ? DOMAIN[(rank - 10) / 50] : undefined;
    if (domain) words.push(domain);
    else {
      let w = '';
      for (let n = rank + 7; w.length < 6 || n > 0; n = Math.floor(n / SYLLABLES.length)) {
        w += SYLLABLES[n % SYLLABLES.length];
        if (n === 0) break;
      }
      words.push(w);
    }
  }
  return words;
}

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function zipfSampler(words: string[], next: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
}

export function text(next: () => number, word: () => string, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(next() < 0.35 ? (FILLER[Math.floor(next() * FILLER.length)] as string) : word());
  }
  return out.join(' ');
}

const QUERIES = [
  'tillid',
  'aftenskolerne',
  'kontrakt styregruppe',
  'frivillige kommunen',
  'forankring',
  'museum kunst',
  'koordinator',
  'kontr',
  'samarbej',
  'udviklingshæmning borgerne',
  'netværk åbenhed',
  'økonomi ressourcer tid',
  'evaluering fremtid',
  'ingen-træf',
];

export async function benchNotes(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-notes-'));
  try {
    let store = openNotesStore({ dataDir });
    const next = rng(42);
    const word = zipfSampler(vocabulary(), next);
    const inputs = Array.from({ length: NOTES }, (_, i) => ({
      title: `${text(next, word, 4)} ${i}`,
      body: text(next, word, 60 + Math.floor(next() * 80)),
      factors: [] as string[],
    }));
    // CPU time is reported beside wall time: on a shared machine the wall time also counts the
    // time other processes held the cores.
    const insertCpu = process.cpuUsage();
    const insertStart = performance.now();
    for (let i = 0; i < inputs.length; i += BATCH) {
      writeTransaction(store.db, () => {
        for (const input of inputs.slice(i, i + BATCH)) store.create(input);
      });
    }
    const insertMs = performance.now() - insertStart;
    const insertCpuUsage = process.cpuUsage(insertCpu);
    const insertCpuMs = (insertCpuUsage.user + insertCpuUsage.system) / 1000;

    const queryTimes: number[] = [];
    const queryCpuTimes: number[] = [];
    const hits: Record<string, number> = {};
    const perQuery: Record<string, number[]> = {};
    for (let round = 0; round < 20; round++) {
      for (const q of QUERIES) {
        const cpu = process.cpuUsage();
        const t = performance.now();
        const rows = store.searchNotes(q, 20);
        queryTimes.push(performance.now() - t);
        const used = process.cpuUsage(cpu);
        queryCpuTimes.push((used.user + used.system) / 1000);
        hits[q] = rows.length;
        (perQuery[q] ??= []).push(performance.now() - t);
      }
    }
    // How many notes each query matches (the ranking has to score all of them).
    const matching = Object.fromEntries(
      QUERIES.map((q) => {
        const query = buildNoteQuery(q);
        const count = query
          ? (
              store.db
                .prepare('SELECT count(*) AS n FROM notes_fts WHERE notes_fts MATCH :match')
                .get({ match: query.match }) as { n: number }
            ).n
          : 0;
        return [q, count];
      }),
    );
    const listTimes: number[] = [];
    for (let round = 0; round < 50; round++) {
      const t = performance.now();
      store.list({ limit: 50 });
      listTimes.push(performance.now() - t);
    }
    const backupStart = performance.now();
    const backup = store.backup('manual');
    const backupMs = performance.now() - backupStart;
    store.close();
    const openStart = performance.now();
    store = openNotesStore({ dataDir });
    const openMs = performance.now() - openStart;
    store.close();

    const round = (ms: number): number => Math.round(ms);
    return {
      notes: NOTES,
      batch: BATCH,
      insertMs: round(insertMs),
      insertPerSecond: Math.round(NOTES / (insertMs / 1000)),
      insertCpuMs: round(insertCpuMs),
      insertTargetMs: 10_000,
      ftsQueryMs: summarize(queryTimes),
      ftsQueryCpuMs: summarize(queryCpuTimes),
      ftsTargetP95Ms: 10,
      ftsHitsPerQuery: hits,
      ftsP50MsPerQuery: Object.fromEntries(
        Object.entries(perQuery).map(([q, times]) => [q, summarize(times).p50]),
      ),
      ftsNotesMatchingPerQuery: matching,
      listNewest50Ms: summarize(listTimes),
      backupMs: round(backupMs),
      openWithIntegrityCheckMs: round(openMs),
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      databaseBytes: fs.statSync(path.join(dataDir, 'samspil.db')).size,
      backupBytes: backup.bytes,
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchNotes().then((report) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`));
}
