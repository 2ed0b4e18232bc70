// `npm run bench [-- part …]`: every speed figure of Samspil as one JSON document on stdout.
// Parts: search, notes, notesSearch, handouts, startup, typing, team, searchAuthors, partnerships,
// door (all by default). Progress goes to stderr.
import os from 'node:os';
import { benchSearch } from './bench/search';
import { benchNotes } from './bench/notes';
import { benchNotesSearch } from './bench/notesSearch';
import { benchHandouts } from './bench/handouts';
import { benchStartup } from './bench/startup';
import { benchTyping } from './bench/typing';
import { benchTeam } from './bench/team';
import { benchSearchAuthors } from './bench/searchAuthors';
import { benchPartnerships } from './bench/partnerships';
import { benchDoor } from './bench/door';

const parts: Record<string, () => Promise<Record<string, unknown>>> = {
  startup: benchStartup,
  search: benchSearch,
  notes: benchNotes,
  notesSearch: benchNotesSearch,
  handouts: benchHandouts,
  typing: benchTyping,
  team: benchTeam,
  searchAuthors: benchSearchAuthors,
  partnerships: benchPartnerships,
  door: benchDoor,
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
