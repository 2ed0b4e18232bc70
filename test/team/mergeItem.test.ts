import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/services/team/canonicalJson';
import { mergeItem, type ItemData, type MergeChange } from '../../electron/services/team/mergeItem';

const stamp = (step: number, device: string): string =>
  `${String(1_700_000_000_000 + step).padStart(13, '0')}-000000-${device}`;

function change(
  step: number,
  device: string,
  parents: string[],
  item: ItemData | null,
): MergeChange {
  return { hlc: stamp(step, device), parents, author: `forfatter ${device}`, item };
}

/** A random history of one item: devices edit, delete and exchange what they know. */
const history = fc
  .array(
    fc.record({
      device: fc.constantFrom('a', 'b', 'c'),
      action: fc.constantFrom('edit', 'edit', 'edit', 'delete', 'learn'),
      field: fc.constantFrom('title', 'body', 'tags'),
      value: fc.constantFrom('x', 'y', 'z', 'w'),
      from: fc.constantFrom('a', 'b', 'c'),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((steps) => {
    const all: MergeChange[] = [change(0, 'a', [], { title: 'start', body: '', tags: [] })];
    const known = new Map(['a', 'b', 'c'].map((d) => [d, new Set([all[0] as MergeChange])]));
    steps.forEach((s, i) => {
      const mine = known.get(s.device) as Set<MergeChange>;
      if (s.action === 'learn') {
        for (const c of known.get(s.from) as Set<MergeChange>) mine.add(c);
        return;
      }
      const state = mergeItem([...mine]);
      const item =
        s.action === 'delete'
          ? null
          : { ...(state.item ?? {}), [s.field]: s.field === 'tags' ? [s.value] : s.value };
      const next = change(i + 1, s.device, state.heads, item);
      all.push(next);
      mine.add(next);
    });
    return all;
  });

describe('mergeItem', () => {
  it('gives the same state for the same set of changes in any order, with duplicates', () => {
    fc.assert(
      fc.property(
        history,
        fc.infiniteStream(fc.nat()),
        fc.array(fc.nat(), { maxLength: 10 }),
        (changes, order, dupes) => {
          const expected = mergeItem(changes);
          const shuffled = [
            ...changes,
            ...dupes.map((d) => changes[d % changes.length] as MergeChange),
          ];
          const keys = shuffled.map(() => order.next().value as number);
          const sorted = shuffled
            .map((c, i) => [keys[i] as number, c] as const)
            .sort((x, y) => x[0] - y[0]);
          expect(mergeItem(sorted.map(([, c]) => c))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every concurrent version it cannot merge, and a delete never beats an edit', () => {
    fc.assert(
      fc.property(history, (changes) => {
        const result = mergeItem(changes);
        const replaced = new Set(changes.flatMap((c) => c.parents));
        const liveHeads = changes.filter((c) => !replaced.has(c.hlc) && c.item !== null);
        if (liveHeads.length > 0) expect(result.item).not.toBeNull();
        if (result.conflict) {
          const kept = new Set(result.conflict.map((v) => canonicalJson(v.item)));
          for (const head of liveHeads)
            expect(kept.has(canonicalJson(head.item as ItemData))).toBe(true);
          expect(result.conflict.length).toBeGreaterThan(1);
        }
        // Whatever is shown comes from the heads: no value is invented.
        for (const [key, value] of Object.entries(result.item ?? {})) {
          const texts = liveHeads.map((h) => canonicalJson((h.item as ItemData)[key] ?? null));
          expect(texts).toContain(canonicalJson(value));
        }
      }),
      { numRuns: 300 },
    );
  });

  const base = change(0, 'a', [], { title: 'Møde', body: 'Første udgave', tags: ['tillid'] });
  const edit = (step: number, device: string, patch: ItemData): MergeChange =>
    change(step, device, [base.hlc], { ...(base.item as ItemData), ...patch });

  it.each([
    {
      what: 'a later edit replaces its parent',
      changes: [base, change(1, 'b', [base.hlc], { title: 'Ny', body: '', tags: [] })],
      item: { title: 'Ny', body: '', tags: [] },
      conflict: 0,
    },
    {
      what: 'edits of different fields merge',
      changes: [
        base,
        edit(1, 'a', { title: 'Møde i styregruppen' }),
        edit(2, 'b', { tags: ['kontrakt'] }),
      ],
      item: { title: 'Møde i styregruppen', body: 'Første udgave', tags: ['kontrakt'] },
      conflict: 0,
    },
    {
      what: 'the same edit made twice is one',
      changes: [base, edit(1, 'a', { body: 'Samme' }), edit(2, 'b', { body: 'Samme' })],
      item: { title: 'Møde', body: 'Samme', tags: ['tillid'] },
      conflict: 0,
    },
    {
      what: 'edits of the same field are a conflict with both versions, newest shown',
      changes: [base, edit(1, 'a', { body: 'A skrev' }), edit(2, 'b', { body: 'B skrev' })],
      item: { title: 'Møde', body: 'B skrev', tags: ['tillid'] },
      conflict: 2,
    },
    {
      what: 'an edit beats a concurrent delete',
      changes: [base, change(1, 'a', [base.hlc], null), edit(2, 'b', { body: 'Stadig her' })],
      item: { title: 'Møde', body: 'Stadig her', tags: ['tillid'] },
      conflict: 0,
    },
    {
      what: 'a delete after everything deletes',
      changes: [base, edit(1, 'a', { body: 'x' }), change(2, 'b', [stamp(1, 'a')], null)],
      item: null,
      conflict: 0,
    },
  ])('$what', ({ changes, item, conflict }) => {
    const result = mergeItem(changes);
    expect(result.item).toEqual(item);
    expect(result.conflict?.length ?? 0).toBe(conflict);
  });

  it('is resolved by a change that replaces both versions', () => {
    const a = edit(1, 'a', { body: 'A skrev' });
    const b = edit(2, 'b', { body: 'B skrev' });
    const inConflict = mergeItem([base, a, b]);
    expect(inConflict.heads).toEqual([a.hlc, b.hlc]);
    expect(inConflict.conflict?.map((v) => v.author)).toEqual(['forfatter b', 'forfatter a']);
    const resolved = change(3, 'c', inConflict.heads, {
      ...(a.item as ItemData),
      body: 'A skrev\n\nB skrev',
    });
    const after = mergeItem([b, resolved, a, base]);
    expect(after.conflict).toBeNull();
    expect(after.item?.body).toBe('A skrev\n\nB skrev');
    expect(after.author).toBe('forfatter c');
  });

  it('merges two branches exactly: each side keeps the fields it changed, clashes conflict', () => {
    const fields = ['title', 'body', 'tags'] as const;
    const patch = fc.dictionary(fc.constantFrom(...fields), fc.constantFrom('p', 'q'));
    fc.assert(
      fc.property(patch, patch, (pa, pb) => {
        const a = edit(1, 'a', pa);
        const b = edit(2, 'b', pb);
        const result = mergeItem([base, a, b]);
        const clash = fields.some((f) => f in pa && f in pb && pa[f] !== pb[f]);
        const same = canonicalJson(a.item as ItemData) === canonicalJson(b.item as ItemData);
        expect(result.conflict !== null).toBe(clash && !same);
        if (!clash) expect(result.item).toEqual({ ...(base.item as ItemData), ...pa, ...pb });
      }),
    );
  });
});
