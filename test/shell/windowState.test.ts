// The window reopens where it was, unless that place is no longer on any display.
import { describe, expect, it } from 'vitest';
import { boundsToSave, DEFAULT_SIZE, restoreBounds } from '../../electron/main/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restoreBounds', () => {
  const cases = [
    { name: 'nothing saved', saved: undefined, areas: [laptop], expected: DEFAULT_SIZE },
    {
      name: 'saved on the laptop',
      saved: { x: 100, y: 50, width: 1000, height: 700 },
      areas: [laptop],
      expected: { x: 100, y: 50, width: 1000, height: 700 },
    },
    {
      name: 'saved on an external display still attached',
      saved: { x: 2000, y: 100, width: 1200, height: 800 },
      areas: [laptop, external],
      expected: { x: 2000, y: 100, width: 1200, height: 800 },
    },
    {
      name: 'saved on an external display since unplugged',
      saved: { x: 2000, y: 100, width: 1200, height: 800 },
      areas: [laptop],
      expected: { width: 1200, height: 800 },
    },
    {
      name: 'larger than the screen',
      saved: { x: 0, y: 0, width: 5000, height: 3000 },
      areas: [laptop],
      expected: { x: 0, y: 0, width: 1440, height: 900 },
    },
    {
      name: 'title bar above the screen',
      saved: { x: 10, y: -200, width: 800, height: 600 },
      areas: [laptop],
      expected: { width: 800, height: 600 },
    },
    {
      name: 'tiny',
      saved: { width: 200, height: 200 },
      areas: [laptop],
      expected: { width: 640, height: 480 },
    },
  ];
  it.each(cases)('$name', ({ saved, areas, expected }) => {
    expect(restoreBounds(saved, areas)).toEqual(expected);
  });
});

describe('boundsToSave', () => {
  it('rounds fractional bounds (scaled displays) and keeps the maximised state', () => {
    expect(boundsToSave({ x: 10.4, y: 20.6, width: 999.5, height: 700.2 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });
});
