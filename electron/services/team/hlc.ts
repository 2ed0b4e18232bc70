// A hybrid logical clock (Kulkarni et al., 2014): wall-clock milliseconds plus a counter and the
// device id, so that every change gets a unique time stamp that sorts as text, never runs
// backwards on one device, and is later than every change the device had seen when it wrote.
// Written here (about 50 lines) because the npm packages for it are unmaintained or pull in a
// CRDT framework; the algorithm is small and fully covered by test/team/hlc.test.ts.

export interface Hlc {
  /** Milliseconds since 1970 (the larger of the wall clock and every clock seen). */
  wall: number;
  /** Orders events within one millisecond. */
  counter: number;
  /** The device id: makes two devices' stamps differ even in the same millisecond. */
  device: string;
}

const WALL_DIGITS = 13; // milliseconds up to the year 2286
const COUNTER_DIGITS = 6;
const DEVICE_ID = /^[0-9a-z]{1,32}$/;
const TEXT = /^(\d{13})-(\d{6})-([0-9a-z]{1,32})$/;

export function isDeviceId(text: string): boolean {
  return DEVICE_ID.test(text);
}

/** `0001733050000000-000003-a1b2…`: fixed widths, so text order is time order. */
export function formatHlc(clock: Hlc): string {
  return [
    String(clock.wall).padStart(WALL_DIGITS, '0'),
    String(clock.counter).padStart(COUNTER_DIGITS, '0'),
    clock.device,
  ].join('-');
}

export function parseHlc(text: string): Hlc | undefined {
  const match = TEXT.exec(text);
  if (!match) return undefined;
  return { wall: Number(match[1]), counter: Number(match[2]), device: match[3] as string };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function bounded(clock: Hlc): Hlc {
  if (clock.counter >= 10 ** COUNTER_DIGITS) {
    // A million events in one millisecond: move to the next millisecond instead of overflowing.
    return { wall: clock.wall + 1, counter: 0, device: clock.device };
  }
  return clock;
}

/** The stamp for a new local event. */
export function tick(last: Hlc, nowMs: number): Hlc {
  const wall = Math.max(last.wall, Math.floor(nowMs));
  const counter = wall === last.wall ? last.counter + 1 : 0;
  return bounded({ wall, counter, device: last.device });
}

/** The clock after seeing a remote stamp: later than both the local clock and the remote one. */
export function receive(last: Hlc, remote: Hlc, nowMs: number): Hlc {
  const wall = Math.max(last.wall, remote.wall, Math.floor(nowMs));
  let counter = 0;
  if (wall === last.wall && wall === remote.wall)
    counter = Math.max(last.counter, remote.counter) + 1;
  else if (wall === last.wall) counter = last.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  return bounded({ wall, counter, device: last.device });
}
