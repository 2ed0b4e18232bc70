// Remembering the window's size and position between runs, without ever restoring it off-screen
// (a monitor may have been unplugged since).
import type { WindowBounds } from '../services/settings/settingsStore';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1200, height: 800 };
export const MIN_SIZE = { width: 640, height: 480 };

/**
 * The bounds to open with: the saved ones if their top-left area lies on a display, else the
 * saved size (clamped to the primary work area) centred by the window manager.
 */
export function restoreBounds(
  saved: WindowBounds | undefined,
  workAreas: Rect[],
): { x?: number; y?: number; width: number; height: number } {
  const primary = workAreas[0];
  const clamp = (value: number, min: number, max: number | undefined) =>
    Math.max(min, max === undefined ? value : Math.min(value, max));
  const width = clamp(saved?.width ?? DEFAULT_SIZE.width, MIN_SIZE.width, primary?.width);
  const height = clamp(saved?.height ?? DEFAULT_SIZE.height, MIN_SIZE.height, primary?.height);
  if (saved?.x === undefined || saved.y === undefined) return { width, height };
  const { x, y } = saved;
  // 100×40 px of the title bar must be visible for the user to grab it.
  const visible = workAreas.some(
    (area) =>
      x + 100 > area.x &&
      x < area.x + area.width - 100 &&
      y >= area.y &&
      y < area.y + area.height - 40,
  );
  return visible ? { x, y, width, height } : { width, height };
}

export function boundsToSave(normal: Rect, maximized: boolean): WindowBounds {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.round(normal.width),
    height: Math.round(normal.height),
    maximized,
  };
}
