// The property test: three devices on one shared folder behind a sync-tool simulator,
// random creates, edits, deletes and resolutions through the real services, and SIGKILLed child
// processes editing and syncing. After quiescence every device holds the same items, no
// acknowledged edit is lost, and every conflict is visible. `npm test` runs 200 runs without
// kills and 200 with (about 40 s on a quiet 2-core machine); more with
// `SAMSPIL_TEAM_KILL_RUNS=1000 npx vitest run test/team/threeDevices.test.ts`.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  bundleTeamChild,
  checkQuiescent,
  createWorld,
  runStep,
  settle,
  stepsArbitrary,
} from './threeDevices';
import { closeAllDevices } from './teamDevices';

async function oneRun(
  steps: Awaited<ReturnType<typeof stepsArbitrary>> extends fc.Arbitrary<infer S> ? S : never,
) {
  const world = createWorld();
  try {
    for (const step of steps) await runStep(world, step);
    settle(world);
    checkQuiescent(world);
  } finally {
    closeAllDevices();
  }
}

const KILL_RUNS = Number(process.env.SAMSPIL_TEAM_KILL_RUNS ?? 200);

describe('three devices on one shared folder', () => {
  it('converge, lose no acknowledged edit and show every conflict (200 runs)', async () => {
    await fc.assert(fc.asyncProperty(stepsArbitrary(false), oneRun), {
      numRuns: Number(process.env.SAMSPIL_TEAM_RUNS ?? 200),
    });
  }, 120_000);

  it(
    'do so with SIGKILLs during editing, writing and merging',
    async () => {
      await bundleTeamChild();
      await fc.assert(fc.asyncProperty(stepsArbitrary(true), oneRun), {
        numRuns: KILL_RUNS,
      });
    },
    // Kill runs spawn and kill child processes; a failure is shrunk through many more of them.
    Math.max(600_000, KILL_RUNS * 3_000),
  );
});
