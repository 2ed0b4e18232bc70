// This device's identity and counters in `team_settings`: the device id, the hybrid logical
// clock and the per-device sequence. A stamp and a sequence number are reserved (committed)
// before the file is written, so a crash leaves at worst a gap, never a number used twice.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { formatHlc, parseHlc, receive, tick, type Hlc } from './hlc';
import { getSetting, newestStamp, setSetting } from './teamQueries';

export function deviceId(db: Database.Database): string {
  const held = getSetting(db, 'device');
  if (held) return held;
  const id = crypto.randomBytes(8).toString('hex');
  setSetting(db, 'device', id);
  return id;
}

/** Reserves the next stamp and sequence number, later than every change this device knows. */
export function reserveStamp(
  db: Database.Database,
  device: string,
  nowMs: number,
): { hlc: string; seq: number } {
  return db
    .transaction(() => {
      let clock: Hlc = parseHlc(getSetting(db, 'clock') ?? '') ?? { wall: 0, counter: 0, device };
      const newest = parseHlc(newestStamp(db) ?? '');
      // A restored backup may hold an older clock: never stamp below a change already known.
      if (newest) clock = receive(clock, newest, nowMs);
      clock = tick(clock, nowMs);
      const seq = Number(getSetting(db, 'seq') ?? '0') + 1;
      setSetting(db, 'clock', formatHlc(clock));
      setSetting(db, 'seq', String(seq));
      return { hlc: formatHlc(clock), seq };
    })
    .immediate();
}
