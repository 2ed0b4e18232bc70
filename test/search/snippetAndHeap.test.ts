// Pure parts of the search whose mistakes other tests could miss: the snippet's choice of window
// (the one with the most different query words, then the most matches), the cutter that content
// and note snippets share, and the heap that keeps the best hits (it must agree with a full sort
// for any input).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../electron/services/search/snippet';
import { cutSnippet } from '../../shared/search/snippetWindow';
import { TopRanked, type Ranked } from '../../electron/services/search/topRanked';

const slots: Record<string, number> = { tillid: 0, kontrakt: 1 };
const marker = {
  match: (term: string) =>
    term in slots ? { slot: slots[term] as number, quality: 0 as const } : null,
};
const filler = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');

describe('makeSnippet', () => {
  it.each([
    {
      why: 'both query words over one repeated word',
      text: `tillid ${filler(60)} tillid tillid tillid ${filler(60)} tillid og kontrakt står her ${filler(60)}`,
      has: ['tillid og kontrakt'],
    },
    {
      why: 'the most matches when each window holds one word',
      text: `kontrakt ${filler(80)} tillid tillid tillid ${filler(80)}`,
      has: ['tillid tillid tillid'],
    },
    {
      why: 'the start when nothing matches',
      text: `Begyndelsen ${filler(80)}`,
      has: ['Begyndelsen'],
    },
  ])('chooses $why', ({ text, has }) => {
    const { snippet, spans } = makeSnippet(text, marker);
    for (const part of has) expect(snippet).toContain(part);
    expect(snippet.length).toBeLessThanOrEqual(202);
    for (const span of spans)
      expect(Object.keys(slots)).toContain(snippet.slice(span.start, span.end));
  });
});

describe('the snippet cutter shared by content and notes', () => {
  it('never cuts an emoji in half at either end of a content snippet', () => {
    const text = `!${'😀'.repeat(100)}!tillid${'😀'.repeat(100)}`;
    const { snippet, spans } = makeSnippet(text, marker);
    expect(snippet.replace(/😀/gu, '')).toMatch(/^…?!tillid…?$/);
    expect(spans.map((s) => snippet.slice(s.start, s.end))).toEqual(['tillid']);
  });

  it.each([
    {
      why: 'a last word that fits the window exactly',
      text: `${'ab '.repeat(66)}cd ef`,
      end: 'cd…',
    },
    { why: 'a word the window ends inside', text: `${'ab '.repeat(66)}cdef gh`, end: 'ab…' },
  ])('keeps $why whole or leaves it out', ({ text, end }) => {
    const { snippet } = cutSnippet(text, [], 0, { length: 200, leadIn: 50 });
    expect(snippet.endsWith(end)).toBe(true);
  });
});

describe('TopRanked', () => {
  const rank = (r: Ranked<number>) => [-r.group, -r.score, r.bm25, r.order];
  const compare = (a: Ranked<number>, b: Ranked<number>) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++)
      if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
    return 0;
  };

  it('keeps exactly the best `limit` hits, best first, for any input', () => {
    const hit = fc.record({
      group: fc.integer({ min: 0, max: 3 }),
      score: fc.integer({ min: 0, max: 20 }),
      bm25: fc.integer({ min: -5, max: 0 }),
    });
    fc.assert(
      fc.property(
        fc.array(hit, { maxLength: 80 }),
        fc.integer({ min: 1, max: 12 }),
        (hits, limit) => {
          const ranked = hits.map((h, order) => ({ ...h, order, item: order }));
          const top = new TopRanked<number>(limit);
          for (const r of ranked) if (top.accepts(r.group, r.score, r.bm25, r.order)) top.add(r);
          const expected = [...ranked].sort(compare).slice(0, limit);
          expect(top.sorted().map((r) => r.item)).toEqual(expected.map((r) => r.item));
        },
      ),
      { numRuns: 300 },
    );
  });
});
