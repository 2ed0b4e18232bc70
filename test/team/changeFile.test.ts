import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeFileName,
  decodeChange,
  encodeChange,
  parseChangeFileName,
  type Change,
} from '../../electron/services/team/changeFile';

const note = {
  title: 'Møde med aftenskolen',
  body: 'Tillid *først*.\nLinje to med "citat" og \\ og \u2028.',
  factors: ['tillid'],
  partnership: null,
};
const change: Change = {
  kind: 'note',
  id: '0b6f2c1e-5d6a-4f0e-9a51-2f8c3a7d9e10',
  device: 'd1a2b3c4d5e6f708',
  seq: 7,
  hlc: '1733050000000-000002-d1a2b3c4d5e6f708',
  author: 'Mette Ørsted',
  parents: ['1733040000000-000000-aa00bb11cc22dd33'],
  item: note,
};

describe('change file, version 1', () => {
  it('reads back what it wrote, in four lines ending with a checksum', () => {
    const text = encodeChange(change);
    expect(text.split('\n')).toHaveLength(5);
    expect(text.startsWith('samspil-team-change 1\n')).toBe(true);
    expect(text).toMatch(/\nend sha256:[0-9a-f]{64}\n$/);
    expect(decodeChange(text)).toEqual({ state: 'ok', change });
  });

  it('writes a delete as a tombstone with no item', () => {
    const tombstone = { ...change, item: null };
    const text = encodeChange(tombstone);
    expect(text.split('\n')[2]).toBe('null');
    expect(decodeChange(text)).toEqual({ state: 'ok', change: tombstone });
  });

  it('takes every cut-off prefix of a file as incomplete, never as a change', () => {
    const text = encodeChange(change);
    for (let cut = 0; cut < text.length; cut++) {
      expect(decodeChange(text.slice(0, cut)).state).toBe('incomplete');
    }
  });

  it('takes any changed byte as incomplete (retried), never as a different change', () => {
    const text = encodeChange(change);
    fc.assert(
      fc.property(
        fc.integer({ min: 22, max: text.length - 2 }),
        fc.string({ minLength: 1, maxLength: 1 }),
        (at, char) => {
          fc.pre(text[at] !== char);
          const damaged = text.slice(0, at) + char + text.slice(at + 1);
          const read = decodeChange(damaged);
          expect(read.state === 'ok' ? read.change : undefined).toBeUndefined();
        },
      ),
    );
  });

  it('keeps a file of a newer version untouched and does not read it', () => {
    const newer = encodeChange(change).replace('samspil-team-change 1', 'samspil-team-change 2');
    expect(decodeChange(newer)).toEqual({ state: 'newer', version: 2 });
    expect(decodeChange('samspil-team-change 17\nwhatever the future holds')).toEqual({
      state: 'newer',
      version: 17,
    });
  });

  it.each([
    ['desktop.ini contents', '[.ShellClassInfo]\r\nIconResource=x'],
    ['an unrelated JSON file', '{"hello":1}'],
  ])('ignores %s', (_what, text) => {
    expect(decodeChange(text)).toEqual({ state: 'foreign' });
  });

  it.each([
    ['a wrong id', { id: 'not-a-uuid' }],
    ['a stamp of another device', { hlc: '1733050000000-000002-ffff' }],
    ['seq 0', { seq: 0 }],
    ['a bad parent', { parents: ['yesterday'] }],
  ])('refuses a complete file with %s', (_what, patch) => {
    const read = decodeChange(encodeChange({ ...change, ...patch } as Change));
    expect(read.state).toBe('incomplete');
  });

  it('round-trips any item and author', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
        (author, item) => {
          const read = decodeChange(encodeChange({ ...change, author, item }));
          expect(read).toEqual({ state: 'ok', change: { ...change, author, item } });
        },
      ),
    );
  });

  it('names files by device and sequence, in order, and reads the name back', () => {
    expect(changeFileName('d1', 42)).toBe('d1-0000000042.jsonl');
    expect(parseChangeFileName('d1-0000000042.jsonl')).toEqual({ device: 'd1', seq: 42 });
    const names = [10, 9, 100, 1].map((s) => changeFileName('d1', s)).sort();
    expect(names.map((n) => parseChangeFileName(n)?.seq)).toEqual([1, 9, 10, 100]);
    for (const altered of ['d1-0000000042 (1).jsonl', 'd1-0000000042-conflict-PC.jsonl']) {
      expect(parseChangeFileName(altered)).toBeUndefined();
    }
  });
});
