// `npm run bench [-- part …]`: every speed figure of Samspil as one JSON document on stdout.
// Parts: search, notes, handouts, startup, partnerships (all by default). Progress goes to stderr.
import os from 'node:os';
import { benchSearch } from './bench/search';
import { benchNotes } from './bench/notes';
import { benchHandouts } from './bench/handouts';
import { benchStartup } from './bench/startup';
import { benchPartnerships } from './bench/partnerships';

const parts: Record<string, () => Promise<Record<string, unknown>>> = {
  startup: benchStartup,
  search: benchSearch,
  notes: benchNotes,
  handouts: benchHandouts,
  partnerships: benchPartnerships,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in parts));
  if (unknown.length) {
    process.stderr.write(
      `ukendt del: ${unknown.join(', ')} (kendte: ${Object.keys(parts).join(', ')})\n`,
    );
    process.exitCode = 2;
    return;
  }
  const report: Record<string, unknown> = {
    machine: { node: process.version, cpus: os.cpus().length, platform: process.platform },
    startedAt: new Date().toISOString(),
  };
  for (const [name, run] of Object.entries(parts)) {
    if (wanted.length && !wanted.includes(name)) continue;
    process.stderr.write(`bench: ${name} …\n`);
    report[name] = await run();
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

await main();
