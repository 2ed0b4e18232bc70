// The team library's change file, format version 1 (documented in README.md beside this file).
// One file per change, written once and never changed:
//
//   samspil-team-change 1
//   {"author":"…","deleted":false,"device":"…","hlc":"…","id":"…","kind":"note","parents":[…],"seq":7}
//   {"title":"…","body":"…",…}            (the whole item; `null` for a delete, a tombstone)
//   end sha256:<hex of the three lines above, newlines included>
//
// The last line proves the file complete: a file a sync tool has only partly written has no
// valid end line and is read again later. A file of a newer version is recognised by its first
// line and never parsed further.
import crypto from 'node:crypto';
import { canonicalJson, isJsonObject, type Json } from './canonicalJson';
import { isDeviceId, parseHlc } from './hlc';

export const CHANGE_FORMAT = 'samspil-team-change';
export const CHANGE_VERSION = 1;
export const CHANGE_EXTENSION = '.jsonl';
export const ITEM_KINDS = ['note', 'handout'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface Change {
  kind: ItemKind;
  /** The shared item's UUID (the same on every device). */
  id: string;
  device: string;
  /** Per-device sequence, from 1; gaps are allowed (a crash between reserving and writing). */
  seq: number;
  /** Hybrid logical clock stamp: unique, and the change's identity. */
  hlc: string;
  author: string;
  /** The hlc stamps of the item's changes this one replaces (the heads its writer had seen). */
  parents: string[];
  /** The whole item, or null for a delete (tombstone). */
  item: { [key: string]: Json } | null;
}

export type ReadResult =
  | { state: 'ok'; change: Change }
  /** Truncated, unfinished or damaged: skipped now, read again at the next sync. */
  | { state: 'incomplete'; reason: string }
  /** A later Samspil wrote it: kept untouched, never read as version 1. */
  | { state: 'newer'; version: number }
  /** Not a change file at all (someone else's file in the folder). */
  | { state: 'foreign' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEADER = /^samspil-team-change (\d{1,6})$/;
const END = /^end sha256:([0-9a-f]{64})$/;

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `<device>-<seq, 10 digits>.jsonl`: sorting the names orders each device's changes. */
export function changeFileName(device: string, seq: number): string {
  return `${device}-${String(seq).padStart(10, '0')}${CHANGE_EXTENSION}`;
}

/** Device and sequence from a name as written; undefined for a name a sync tool has altered. */
export function parseChangeFileName(name: string): { device: string; seq: number } | undefined {
  const match = /^([0-9a-z]{1,32})-(\d{10})\.jsonl$/.exec(name);
  return match ? { device: match[1] as string, seq: Number(match[2]) } : undefined;
}

export function encodeChange(change: Change): string {
  const meta: Json = {
    author: change.author,
    device: change.device,
    hlc: change.hlc,
    id: change.id,
    kind: change.kind,
    parents: change.parents,
    seq: change.seq,
  };
  const body =
    `${CHANGE_FORMAT} ${CHANGE_VERSION}\n` +
    `${canonicalJson({ ...meta, deleted: change.item === null })}\n` +
    `${change.item === null ? 'null' : canonicalJson(change.item)}\n`;
  return `${body}end sha256:${sha256(body)}\n`;
}

function metaProblem(meta: Record<string, unknown>): string | undefined {
  if (!ITEM_KINDS.includes(meta.kind as ItemKind)) return 'ukendt slags';
  if (typeof meta.id !== 'string' || !UUID.test(meta.id)) return 'id er ikke et UUID';
  if (typeof meta.device !== 'string' || !isDeviceId(meta.device)) return 'ugyldig enhed';
  if (!Number.isSafeInteger(meta.seq) || (meta.seq as number) < 1) return 'ugyldigt løbenummer';
  if (typeof meta.hlc !== 'string' || parseHlc(meta.hlc)?.device !== meta.device)
    return 'ugyldigt ur';
  if (typeof meta.author !== 'string') return 'forfatter mangler';
  const parents = meta.parents;
  if (!Array.isArray(parents) || !parents.every((p) => typeof p === 'string' && parseHlc(p))) {
    return 'ugyldige forgængere';
  }
  if (typeof meta.deleted !== 'boolean') return 'sletning mangler';
  return undefined;
}

export function decodeChange(text: string): ReadResult {
  const firstBreak = text.indexOf('\n');
  const header = HEADER.exec(firstBreak < 0 ? text : text.slice(0, firstBreak));
  if (!header) {
    // A cut-off first line is still our file if it is a prefix of the header.
    const start = firstBreak < 0 ? text : '';
    if (start.length > 0 && CHANGE_FORMAT.startsWith(start.split(' ')[0] ?? '')) {
      return { state: 'incomplete', reason: 'filen er afbrudt' };
    }
    return text.length === 0
      ? { state: 'incomplete', reason: 'filen er tom' }
      : { state: 'foreign' };
  }
  const version = Number(header[1]);
  if (version > CHANGE_VERSION) return { state: 'newer', version };
  if (version < 1) return { state: 'foreign' };
  const lines = text.split('\n');
  if (lines.length < 5 || lines[4] !== '' || lines.length > 5) {
    return { state: 'incomplete', reason: 'filen er afbrudt' };
  }
  const body = `${lines.slice(0, 3).join('\n')}\n`;
  const end = END.exec(lines[3] as string);
  if (!end || end[1] !== sha256(body))
    return { state: 'incomplete', reason: 'kontrolsummen passer ikke' };
  return parseLines(lines[1] as string, lines[2] as string);
}

function parseLines(metaLine: string, itemLine: string): ReadResult {
  let meta: unknown;
  let item: unknown;
  try {
    meta = JSON.parse(metaLine);
    item = JSON.parse(itemLine);
  } catch {
    return { state: 'incomplete', reason: 'ugyldig JSON' };
  }
  if (!isJsonObject(meta)) return { state: 'incomplete', reason: 'ugyldige metadata' };
  const problem = metaProblem(meta);
  if (problem) return { state: 'incomplete', reason: problem };
  const deleted = meta.deleted === true;
  if (deleted ? item !== null : !isJsonObject(item)) {
    return { state: 'incomplete', reason: 'elementet passer ikke til sletningen' };
  }
  const change: Change = {
    kind: meta.kind as ItemKind,
    id: meta.id as string,
    device: meta.device as string,
    seq: meta.seq as number,
    hlc: meta.hlc as string,
    author: meta.author as string,
    parents: meta.parents as string[],
    item: deleted ? null : (item as { [key: string]: Json }),
  };
  return { state: 'ok', change };
}
