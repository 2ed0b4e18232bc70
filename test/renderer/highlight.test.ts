import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../renderer/views/search/highlight';

const m = (text: string) => ({ text, mark: true });
const p = (text: string) => ({ text, mark: false });

describe('segmentsOf', () => {
  it.each([
    { text: 'Gensidig tillid', spans: [], expected: [p('Gensidig tillid')] },
    {
      text: 'Gensidig tillid',
      spans: [{ start: 9, end: 15 }],
      expected: [p('Gensidig '), m('tillid')],
    },
    {
      text: 'tillid og tillid',
      spans: [
        { start: 0, end: 6 },
        { start: 10, end: 16 },
      ],
      expected: [m('tillid'), p(' og '), m('tillid')],
    },
    // Unsorted spans are sorted; overlapping ones merge; out-of-range ones are clipped or dropped.
    {
      text: 'abcdef',
      spans: [
        { start: 4, end: 6 },
        { start: 0, end: 2 },
      ],
      expected: [m('ab'), p('cd'), m('ef')],
    },
    {
      text: 'abcdef',
      spans: [
        { start: 1, end: 4 },
        { start: 2, end: 5 },
      ],
      expected: [p('a'), m('bcd'), m('e'), p('f')],
    },
    {
      text: 'abc',
      spans: [
        { start: 2, end: 99 },
        { start: 5, end: 7 },
        { start: 1, end: 1 },
      ],
      expected: [p('ab'), m('c')],
    },
    // UTF-16 offsets: æ, ø, å are one unit each.
    {
      text: 'Økonomi på området',
      spans: [
        { start: 0, end: 7 },
        { start: 11, end: 18 },
      ],
      expected: [m('Økonomi'), p(' på '), m('området')],
    },
  ])('cuts "$text" by $spans', ({ text, spans, expected }) => {
    const segments = segmentsOf(text, spans);
    expect(segments).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('never interprets markup in the text', () => {
    const text = '<img src=x onerror=alert(1)> tillid';
    expect(segmentsOf(text, [{ start: 29, end: 35 }])).toEqual([
      p('<img src=x onerror=alert(1)> '),
      m('tillid'),
    ]);
  });
});
