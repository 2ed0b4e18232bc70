import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHlc,
  formatHlc,
  parseHlc,
  receive,
  tick,
  type Hlc,
} from '../../electron/services/team/hlc';

const clock = (device: string): fc.Arbitrary<Hlc> =>
  fc.record({
    wall: fc.integer({ min: 0, max: 4_000_000_000_000 }),
    counter: fc.integer({ min: 0, max: 999_999 }),
    device: fc.constant(device),
  });
const now = fc.integer({ min: 0, max: 4_000_000_000_000 });

describe('hybrid logical clock', () => {
  it('prints stamps whose text order is their time order, and reads them back', () => {
    fc.assert(
      fc.property(clock('a'), clock('a'), (x, y) => {
        expect(parseHlc(formatHlc(x))).toEqual(x);
        const byText = Math.sign(compareHlc(formatHlc(x), formatHlc(y)));
        const byTime = Math.sign(x.wall - y.wall || x.counter - y.counter);
        expect(byText).toBe(byTime);
      }),
    );
  });

  it('never runs backwards, even when the wall clock does', () => {
    fc.assert(
      fc.property(clock('a'), fc.array(now, { minLength: 1, maxLength: 30 }), (start, times) => {
        let last = start;
        for (const t of times) {
          const next = tick(last, t);
          expect(compareHlc(formatHlc(next), formatHlc(last))).toBe(1);
          last = next;
        }
      }),
    );
  });

  it('is later than both the local clock and a received remote stamp', () => {
    fc.assert(
      fc.property(clock('a'), clock('b'), now, (local, remote, t) => {
        const next = receive(local, remote, t);
        expect(next.device).toBe('a');
        // Compared without the device, which only breaks ties between devices.
        const key = (c: Hlc): string => formatHlc({ ...c, device: '' });
        expect(key(next) > key(local)).toBe(true);
        expect(key(next) > key(remote)).toBe(true);
        expect(next.wall).toBeGreaterThanOrEqual(Math.min(t, 4_000_000_000_001));
      }),
    );
  });

  it.each([
    ['0001733050000000-000003-abc', undefined],
    ['1733050000000-000003-abc', { wall: 1733050000000, counter: 3, device: 'abc' }],
    ['1733050000000-3-abc', undefined],
    ['1733050000000-000003-ABC', undefined],
    ['', undefined],
  ])('parses %j as %j', (text, expected) => {
    expect(parseHlc(text)).toEqual(expected);
  });
});
