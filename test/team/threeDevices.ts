// The proof, as a reusable run: three devices, each with its own data folder and its own
// view of the shared folder, a sync-tool simulator between the views, random creates, edits,
// deletes and conflict resolutions through the real services, and SIGKILLed child processes that
// edit and sync. `checkQuiescent` states what must hold once everything is delivered.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { canonicalJson, type Json } from '../../electron/services/team/canonicalJson';
import { SyncToolSimulator, type ToolAction } from './syncToolSimulator';
import { changesIn, fastTempRoot, openDevice, sharedFolder, type Device } from './teamDevices';

export type Step =
  | { t: 'create'; dev: number }
  | { t: 'edit'; dev: number; pick: number }
  | { t: 'delete'; dev: number; pick: number }
  | { t: 'resolve'; dev: number }
  | { t: 'sync'; dev: number }
  | { t: 'crash'; dev: number; pick: number; delayMs: number }
  | { t: 'tool'; action: ToolAction };

const dev = fc.integer({ min: 0, max: 2 });
const pick = fc.nat({ max: 50 });
const toolAction: fc.Arbitrary<ToolAction> = fc.oneof(
  fc.record({ t: fc.constant('copy' as const), from: dev, to: dev, pick }),
  fc.record({ t: fc.constant('copy' as const), from: dev, to: dev, pick }),
  fc.record({
    t: fc.constant('partial' as const),
    from: dev,
    to: dev,
    pick,
    cut: fc.double({ min: 0, max: 0.95, noNaN: true }),
  }),
  fc.record({ t: fc.constant('complete' as const), pick }),
  fc.record({ t: fc.constant('duplicate' as const), view: dev, pick, style: fc.nat({ max: 2 }) }),
  fc.record({ t: fc.constant('rename' as const), view: dev, pick }),
  fc.record({ t: fc.constant('restore' as const), pick }),
);

export function stepsArbitrary(crashes: boolean): fc.Arbitrary<Step[]> {
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ t: fc.constant('create' as const), dev }) },
    { weight: 4, arbitrary: fc.record({ t: fc.constant('edit' as const), dev, pick }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), dev, pick }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('resolve' as const), dev }) },
    { weight: 4, arbitrary: fc.record({ t: fc.constant('sync' as const), dev }) },
    { weight: 5, arbitrary: fc.record({ t: fc.constant('tool' as const), action: toolAction }) },
  );
  const crash = fc.record({
    t: fc.constant('crash' as const),
    dev,
    pick,
    delayMs: fc.integer({ min: 0, max: 30 }),
  });
  const base = fc.array(step, { minLength: 4, maxLength: 18 });
  if (!crashes) return base;
  return fc.tuple(base, crash, fc.nat()).map(([steps, c, at]) => {
    const copy = [...steps];
    // In the second half, where there are notes to edit and changes to merge.
    copy.splice(Math.ceil(copy.length / 2) + (at % (Math.floor(copy.length / 2) + 1)), 0, c);
    return copy;
  });
}

let childFile: string | undefined;

/** Bundles the child once, inside the checkout so that it finds node_modules and dist. */
export async function bundleTeamChild(): Promise<string> {
  if (childFile) return childFile;
  const outfile = path.resolve(import.meta.dirname, '../../test-output/team-child/child.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'teamChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    external: ['better-sqlite3'],
    // CommonJS dependencies inside an ES module bundle need a require of their own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    outfile,
    logLevel: 'silent',
  });
  childFile = outfile;
  return outfile;
}

/** Runs the child, kills it `delayMs` after it opened the store; returns the tokens it acknowledged. */
function runKilledChild(file: string, task: object, delayMs: number): Promise<[string, string][]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, JSON.stringify(task)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      timer ??= out.includes('open\n')
        ? setTimeout(() => child.kill('SIGKILL'), delayMs)
        : undefined;
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child failed (${code}): ${err}`));
      if (process.env.SAMSPIL_TEAM_DEBUG)
        console.log(`child ${signal ?? code}: ${out.replace(/\n/g, ' ')}`);
      const acked = out
        .split('\n')
        .filter((l) => l.startsWith('ack '))
        .map((l) => l.slice(4).split(' ') as [string, string]);
      resolve(acked);
    });
  });
}

export interface World {
  devices: Device[];
  views: string[];
  tool: SyncToolSimulator;
  /** token → [device index, local note id] of every acknowledged edit. */
  acked: Map<string, [number, string]>;
  /** Tokens written into private notes: they must never reach the folder. */
  privateTokens: Set<string>;
  deletedOn: Set<string>;
  serial: number;
}

export function createWorld(): World {
  const root = fastTempRoot();
  const views = [0, 1, 2].map(() => sharedFolder(root));
  const devices = views.map((view, i) =>
    openDevice(['Anne', 'Bo', 'Cem'][i] as string, view, undefined, root),
  );
  return {
    devices,
    views,
    tool: new SyncToolSimulator(views.map(changesIn)),
    acked: new Map(),
    privateTokens: new Set(),
    deletedOn: new Set(),
    serial: 0,
  };
}

const liveNotes = (device: Device) => device.services.notes.list();

const isShared = (device: Device, localId: string) =>
  device.team.authorship('note').some((a) => a.localId === localId && a.shared);

function combine(versions: { item: Record<string, unknown> }[]): Record<string, unknown> {
  const lines = new Set<string>();
  for (const v of versions) for (const l of String(v.item.body ?? '').split('\n')) lines.add(l);
  return { ...versions[0]?.item, body: [...lines].join('\n') };
}

export async function runStep(world: World, step: Step): Promise<void> {
  if (step.t === 'tool') return world.tool.apply(step.action);
  const device = world.devices[step.dev] as Device;
  const token = () => `t${++world.serial}`;
  const target = (p: number) => {
    const notes = liveNotes(device);
    return notes.length === 0 ? undefined : notes[p % notes.length];
  };
  switch (step.t) {
    case 'create': {
      const t = token();
      const note = device.services.notes.create({ title: `Note ${t}`, body: t });
      device.team.setShared('note', [note.id], true);
      world.acked.set(t, [step.dev, note.id]);
      return;
    }
    case 'edit': {
      const note = target(step.pick);
      if (!note) return;
      const t = token();
      device.services.notes.update({ id: note.id, body: `${note.body}\n${t}` });
      // A child killed between creating a note and sharing it leaves a private note.
      if (isShared(device, note.id)) world.acked.set(t, [step.dev, note.id]);
      else world.privateTokens.add(t);
      return;
    }
    case 'delete': {
      const note = target(step.pick);
      if (note) device.services.notes.delete([note.id], { confirm: true });
      if (note) world.deletedOn.add(`${step.dev}:${note.id}`);
      return;
    }
    case 'resolve': {
      const [conflict] = device.team.conflicts();
      if (conflict?.localId)
        device.team.resolve('note', conflict.localId, combine(conflict.versions));
      return;
    }
    case 'sync':
      device.team.sync();
      return;
    case 'crash':
      return crash(world, step);
  }
}

async function crash(world: World, step: Extract<Step, { t: 'crash' }>): Promise<void> {
  const device = world.devices[step.dev] as Device;
  const note = liveNotes(device)[step.pick % Math.max(1, liveNotes(device).length)];
  const localId = note?.id ?? '';
  const edits = [1, 2, 3].map(() => ({ localId, token: `t${++world.serial}` }));
  device.services.close();
  const file = await bundleTeamChild();
  const acked = await runKilledChild(file, { dataDir: device.dataDir, edits }, step.delayMs);
  for (const [t, id] of acked) world.acked.set(t, [step.dev, id]);
  world.devices[step.dev] = openDevice(device.name, undefined, device.dataDir);
}

interface ItemState {
  id: string;
  heads: string;
  data: string | null;
  conflict: string | null;
}

function itemStates(device: Device): ItemState[] {
  return (
    device.db
      // Items only ever known here (shared and deleted before a first write) have no heads.
      .prepare(
        "SELECT id, heads, data, conflict FROM team_items WHERE kind = 'note' AND heads <> '[]' ORDER BY id",
      )
      .all() as ItemState[]
  );
}

/** Delivers everything and syncs until nothing moves; at most `rounds` rounds. */
export function settle(world: World, rounds = 8): void {
  for (let round = 0; round < rounds; round++) {
    world.tool.settle();
    let moved = 0;
    for (const device of world.devices) {
      const r = device.team.sync();
      moved += r.written + r.received + r.applied;
    }
    if (moved === 0) return;
  }
  throw new Error('the devices did not settle');
}

/** What must hold after quiescence; throws with the first thing that does not. */
export function checkQuiescent(world: World): void {
  const [first, ...rest] = world.devices.map(itemStates);
  for (const other of rest) {
    if (canonicalJson(other as unknown as Json) !== canonicalJson(first as unknown as Json)) {
      throw new Error(`devices differ:\n${JSON.stringify(first)}\n${JSON.stringify(other)}`);
    }
  }
  world.devices.forEach((device) => checkLocalMatches(device));
  for (const [token, [index, localId]] of world.acked) {
    const device = world.devices[index] as Device;
    const row = device.team.authorship('note').find((a) => a.localId === localId);
    const state = (first ?? []).find((s) => s.id === sharedIdOf(device, localId));
    if (!row) throw new Error(`edit ${token} belongs to no shared item`);
    if (!state) {
      if (world.deletedOn.has(`${index}:${localId}`)) continue; // deleted before it was ever written
      throw new Error(`edit ${token} never reached the folder`);
    }
    if (state.data === null) continue; // deleted by someone: a delete beats only edits it had seen
    const versions = [JSON.parse(state.data) as { body: string }];
    for (const v of JSON.parse(state.conflict ?? '[]') as { item: { body: string } }[]) {
      versions.push(v.item);
    }
    if (!versions.some((v) => v.body.split('\n').includes(token))) {
      throw new Error(`acknowledged edit ${token} lost`);
    }
  }
  checkPrivateStayed(world);
  for (const device of world.devices) {
    const status = device.team.status();
    if (status.waiting !== 0) throw new Error(`${device.name} still has ${status.waiting} waiting`);
    if (status.conflicts !== (first ?? []).filter((s) => s.conflict !== null).length) {
      throw new Error(`${device.name} does not show every conflict`);
    }
  }
}

/** Private notes never leave the machine: none of their edits is in any device's changes. */
function checkPrivateStayed(world: World): void {
  for (const device of world.devices) {
    const rows = device.db
      .prepare("SELECT item FROM team_changes WHERE kind = 'note' AND item IS NOT NULL")
      .all() as { item: string }[];
    for (const row of rows) {
      const lines = String((JSON.parse(row.item) as { body?: unknown }).body).split('\n');
      const leaked = lines.find((line) => world.privateTokens.has(line));
      if (leaked) throw new Error(`${device.name}: private edit ${leaked} reached the folder`);
    }
  }
}

function sharedIdOf(device: Device, localId: string): string | undefined {
  const row = device.db
    .prepare("SELECT id FROM team_items WHERE kind = 'note' AND local_id = ?")
    .get(localId) as { id: string } | undefined;
  return row?.id;
}

/** Every device's local notes hold exactly what its team rows say. */
function checkLocalMatches(device: Device): void {
  const notes = new Map(liveNotes(device).map((n) => [n.id, n]));
  const rows = device.db
    .prepare("SELECT local_id, data FROM team_items WHERE kind = 'note'")
    .all() as {
    local_id: string | null;
    data: string | null;
  }[];
  for (const row of rows) {
    const note = row.local_id === null ? undefined : notes.get(row.local_id);
    if (row.data === null && note)
      throw new Error(`${device.name}: ${note.title} should be deleted`);
    if (row.data === null) continue;
    const { title, body, partnership, organisations, aboutDate, factors, links } = note ?? {};
    const local = note
      ? canonicalJson({
          title,
          body,
          partnership,
          organisations,
          aboutDate,
          factors,
          links,
        } as Json)
      : null;
    if (local !== row.data)
      throw new Error(`${device.name}: local note differs from the shared state`);
  }
}
