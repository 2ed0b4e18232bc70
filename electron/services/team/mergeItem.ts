// The deterministic merge of one shared item: a pure function of the set of its changes, so every
// device that holds the same files shows the same state, whatever order they arrived in.
//
// Each change names the changes it replaces (its parents). The item's heads are the changes no
// other change replaces. One head: it is the state. Several heads (edits made without seeing each
// other): equal versions are one; otherwise the fields are merged three ways against the newest
// common ancestor (one side changed the title, the other the tags); where both changed the same
// field differently the item is in conflict, "Konflikt: to versioner", and every version is kept
// until the user resolves it. A delete concurrent with an edit loses to the edit, so no edit is
// ever dropped.
import { canonicalJson, type Json } from './canonicalJson';
import type { Change } from './changeFile';
import { compareHlc } from './hlc';

export type ItemData = { [key: string]: Json };
export type MergeChange = Pick<Change, 'hlc' | 'parents' | 'author' | 'item'>;

export interface ItemVersion {
  hlc: string;
  author: string;
  item: ItemData;
}

export interface MergedItem {
  /** Sorted hlc stamps of the heads: what a new local change replaces. */
  heads: string[];
  /** The state to show; null when deleted. */
  item: ItemData | null;
  /** The newest change behind the state: its author and time are shown on the item. */
  hlc: string;
  author: string;
  /** Two or more versions that could not be merged (newest first); null when none. */
  conflict: ItemVersion[] | null;
}

/** One change per stamp; should two differ (a tampered file), the larger text wins everywhere. */
function uniqueByStamp(changes: readonly MergeChange[]): Map<string, MergeChange> {
  const byStamp = new Map<string, MergeChange>();
  for (const change of changes) {
    const held = byStamp.get(change.hlc);
    if (
      !held ||
      canonicalJson(change as unknown as Json) > canonicalJson(held as unknown as Json)
    ) {
      byStamp.set(change.hlc, change);
    }
  }
  return byStamp;
}

function ancestorsOf(stamp: string, byStamp: Map<string, MergeChange>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(byStamp.get(stamp)?.parents ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next) || !byStamp.has(next)) continue;
    seen.add(next);
    stack.push(...(byStamp.get(next)?.parents ?? []));
  }
  return seen;
}

/** The newest change that is an ancestor of every head (or undefined: no common history). */
function commonAncestor(
  heads: string[],
  byStamp: Map<string, MergeChange>,
): MergeChange | undefined {
  const [first, ...rest] = heads.map((h) => ancestorsOf(h, byStamp));
  const common = [...(first ?? [])].filter((s) => rest.every((set) => set.has(s)));
  const newest = common.sort(compareHlc).at(-1);
  return newest === undefined ? undefined : byStamp.get(newest);
}

/** Field-wise three-way merge; undefined when two versions changed one field differently. */
function mergeFields(versions: ItemData[], base: ItemData): ItemData | undefined {
  const keys = [...new Set(versions.flatMap((v) => Object.keys(v)))].sort();
  const merged: ItemData = {};
  for (const key of keys) {
    const baseText = key in base ? canonicalJson(base[key] as Json) : undefined;
    const changed = new Map<string, Json>();
    for (const version of versions) {
      if (!(key in version)) continue;
      const text = canonicalJson(version[key] as Json);
      if (text !== baseText) changed.set(text, version[key] as Json);
    }
    if (changed.size > 1) return undefined;
    const value = changed.size === 1 ? [...changed.values()][0] : base[key];
    if (value !== undefined) merged[key] = value as Json;
  }
  return merged;
}

export function mergeItem(changes: readonly MergeChange[]): MergedItem {
  const byStamp = uniqueByStamp(changes);
  if (byStamp.size === 0) throw new Error('mergeItem needs at least one change');
  const replaced = new Set([...byStamp.values()].flatMap((c) => c.parents));
  const heads = [...byStamp.keys()].filter((s) => !replaced.has(s)).sort(compareHlc);
  const newest = byStamp.get(heads.at(-1) as string) as MergeChange;
  const live = heads.map((s) => byStamp.get(s) as MergeChange).filter((c) => c.item !== null);
  const base = { heads, hlc: newest.hlc, author: newest.author };
  if (live.length === 0) return { ...base, item: null, conflict: null };

  // Distinct versions, newest first; the newest change behind each is the one shown.
  const distinct = new Map<string, MergeChange>();
  for (const change of [...live].reverse()) {
    const text = canonicalJson(change.item as ItemData);
    if (!distinct.has(text)) distinct.set(text, change);
  }
  const versions = [...distinct.values()];
  const shown = versions[0] as MergeChange;
  const result = { heads, hlc: shown.hlc, author: shown.author };
  if (versions.length === 1) return { ...result, item: shown.item, conflict: null };

  const ancestor = commonAncestor(heads, byStamp);
  const merged = mergeFields(
    versions.map((v) => v.item as ItemData),
    ancestor?.item ?? {},
  );
  if (merged && ancestor?.item) return { ...result, item: merged, conflict: null };
  return {
    ...result,
    item: shown.item,
    conflict: versions.map((v) => ({ hlc: v.hlc, author: v.author, item: v.item as ItemData })),
  };
}
