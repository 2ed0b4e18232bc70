// How fast the IPC door refuses oversized input (issue 12, item 14): each call is parsed with
// its contract schema before any handler runs, so the bound must fail fast however large the
// input is. Handlers here only count calls (none may run). Run alone: `npx tsx scripts/bench/door.ts`.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { API_METHODS, type ApiHandlers } from '../../shared/api';
import { invokeChecked } from '../../electron/api/door';
import { summarize } from './stats';

const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

const CASES: Record<string, [string, unknown]> = {
  'notes.export, 2,000,000 ids': [
    'notes.export',
    { format: 'json', ids: Array.from({ length: 2_000_000 }, () => UUID) },
  ],
  'search.query, 1,000,000 kinds': [
    'search.query',
    { q: 'tillid', kinds: Array.from({ length: 1_000_000 }, () => 'quote') },
  ],
  'backups.restore, 10 MB name': ['backups.restore', { name: `${'a'.repeat(10_000_000)}.db` }],
  'notes.get, 10 MB id': ['notes.get', { id: 'a'.repeat(10_000_000) }],
  'notes.create, 10 MB body': ['notes.create', { title: 't', body: 'x'.repeat(10_000_000) }],
};

export async function benchDoor(): Promise<Record<string, unknown>> {
  let ran = 0;
  const handlers = Object.fromEntries(API_METHODS.map((m) => [m, () => void ran++]));
  const report: Record<string, unknown> = {};
  for (const [name, [method, input]] of Object.entries(CASES)) {
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      const result = await invokeChecked(handlers as unknown as ApiHandlers, method, input);
      samples.push(performance.now() - start);
      if (result.ok) throw new Error(`${name}: the door let it through`);
    }
    report[`${name} refused, ms`] = summarize(samples);
  }
  report.handlersRun = ran;
  return report;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(await benchDoor(), null, 2)}\n`);
}
