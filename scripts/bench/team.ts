// Team library figures: taking in 10,000 changes written by two colleagues (1,000 notes each,
// created and edited four times), and one sync when nothing has changed. The colleagues' files
// are written straight in the change format (what their Samspil would have written); the device
// that takes them in is the real thing, on a real SQLite file. Also the watch's listing check of
// that folder (the fallback where no events come), which runs every few seconds in the app.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../electron/services/services';
import { changeFileName, encodeChange, type Change } from '../../electron/services/team/changeFile';
import { listingOf } from '../../electron/services/team/folderWatch';
import { formatHlc } from '../../electron/services/team/hlc';
import { CHANGES_FOLDER } from '../../electron/services/team/teamService';
import { summarize } from './stats';

const NOTES_PER_COLLEAGUE = 1_000;
const VERSIONS = 5;

function writeColleague(folder: string, device: string, author: string, start: number): number {
  let seq = 0;
  for (let n = 0; n < NOTES_PER_COLLEAGUE; n++) {
    const id = crypto.randomUUID();
    let parents: string[] = [];
    for (let v = 0; v < VERSIONS; v++) {
      seq++;
      const hlc = formatHlc({ wall: start + seq, counter: 0, device });
      const change: Change = {
        kind: 'note',
        id,
        device,
        seq,
        hlc,
        author,
        parents,
        item: {
          title: `Note ${n} fra ${author}`,
          body: `Udgave ${v}: ${'tillid og forankring '.repeat(20)}`,
          partnership: null,
          organisations: [],
          aboutDate: null,
          factors: [],
          links: [],
        },
      };
      fs.writeFileSync(path.join(folder, changeFileName(device, seq)), encodeChange(change));
      parents = [hlc];
    }
  }
  return seq;
}

export async function benchTeam(): Promise<Record<string, unknown>> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-team-'));
  try {
    const shared = path.join(root, 'S-drev');
    fs.mkdirSync(path.join(shared, CHANGES_FOLDER), { recursive: true });
    const start = Date.now() - 86_400_000;
    const changes =
      writeColleague(path.join(shared, CHANGES_FOLDER), 'aaaa1111', 'Anne', start) +
      writeColleague(path.join(shared, CHANGES_FOLDER), 'bbbb2222', 'Bo', start);
    const services = openServices({ dataDir: path.join(root, 'data') });
    try {
      services.team.join(shared, 'Cem');
      const t0 = performance.now();
      const first = services.team.sync();
      const takeInMs = performance.now() - t0;
      const idle: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        const again = services.team.sync();
        idle.push(performance.now() - t);
        if (again.received + again.written + again.applied !== 0)
          throw new Error('idle sync moved');
      }
      const checks: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        if ((await listingOf(path.join(shared, CHANGES_FOLDER))) === null)
          throw new Error('no listing');
        checks.push(performance.now() - t);
      }
      return {
        changes,
        notes: services.notes.list().length,
        takeIn10kMs: Math.round(takeInMs),
        received: first.received,
        idleSyncMs: summarize(idle),
        folderCheck10kFilesMs: summarize(checks),
      };
    } finally {
      services.close();
    }
  } finally {
    if (root.startsWith(os.tmpdir()) && root.length > os.tmpdir().length + 4) {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
}
