// Mine partnerskaber figures as JSON, for a likely store (5 partnerships, 3 rounds of assessing all
// 22 rows, 5 notes each) and a large one (50 partnerships, 10 rounds: 11,000 assessments, 20 notes
// each): a profile, the overview, a comparison of two dates, one factor across all, a search, and
// one assessment saved. Run alone:
// `npx tsx scripts/bench/partnerships.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ASSESSMENT_STATUSES } from '../../shared/partnerships/types';
import { loadContentService } from '../../electron/services/content/contentService';
import { openNotesStore } from '../../electron/services/storeServices';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import { createPartnershipsService } from '../../electron/services/partnerships/partnershipsService';
import { summarize } from './stats';

function time(rounds: number, fn: () => unknown) {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

interface Size {
  partnerships: number;
  rounds: number;
  notesEach: number;
}

export async function benchPartnerships(): Promise<Record<string, unknown>> {
  return {
    likely: await benchSize({ partnerships: 5, rounds: 3, notesEach: 5 }),
    large: await benchSize({ partnerships: 50, rounds: 10, notesEach: 20 }),
  };
}

async function benchSize(size: Size): Promise<Record<string, unknown>> {
  const content = loadContentService();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-partnerships-'));
  const notes = openNotesStore({ dataDir, knownFactorIds: content.factorIds() });
  try {
    const handouts = createHandoutService({ db: notes.db, content, notes });
    const service = createPartnershipsService({ db: notes.db, content, notes, handouts });
    const sets = service.factorSets();
    const ids: string[] = [];
    const seedStart = performance.now();
    notes.db.transaction(() => {
      for (let p = 0; p < size.partnerships; p++) {
        const noteIds = Array.from(
          { length: 20 },
          (_, n) =>
            notes.create({
              title: `Note ${n} om partnerskab ${p}`,
              body: 'Om tillid og forankring.',
              factors: [sets[n % sets.length]?.members[0] as string],
            }).id,
        );
        const { id } = service.create({ name: `Partnerskab ${p}`, noteIds });
        ids.push(id);
        for (let round = 0; round < size.rounds; round++) {
          for (const [i, set] of sets.entries()) {
            service.assess({
              partnershipId: id,
              factorId: set.id,
              status: ASSESSMENT_STATUSES[(i + round + p) % 4] as 'styrke',
              comment: `Runde ${round}: kommentar om faktoren ${i}`,
              date: `${2016 + round}-06-01`,
            });
          }
        }
      }
    })();
    const seedMs = Math.round(performance.now() - seedStart);
    const first = ids[0] as string;
    return {
      data: {
        partnerships: size.partnerships,
        assessments: size.partnerships * size.rounds * sets.length,
        notes: size.partnerships * size.notesEach,
        seedMs,
      },
      profileMs: time(50, () => service.profile(first)),
      overviewMs: time(20, () => service.overview()),
      compareMs: time(50, () => service.compare(first, '2017-12-31', '2025-12-31')),
      factorAcrossMs: time(50, () => service.factorAcross('vaesentlig-gensidig-tillid')),
      searchMs: time(50, () => service.search('kommentar faktoren')),
      assessMs: time(50, () =>
        service.assess({
          partnershipId: first,
          factorId: 'struktur-legitimitet',
          status: 'styrke',
        }),
      ),
    };
  } finally {
    notes.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(await benchPartnerships(), null, 2)}\n`);
}
