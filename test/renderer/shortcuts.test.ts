// The shortcut table: what each key press means on macOS and elsewhere, how it is written, and
// that no shortcut takes a key a screen reader uses.
import { describe, expect, it } from 'vitest';
import {
  SHORTCUT_IDS,
  comboAccelerator,
  comboLabel,
  shortcutCombos,
  shortcutFor,
  takesScreenReaderKeys,
  type ShortcutPlatform,
} from '../../shared/shortcuts';

const press = (
  key: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>> = {},
  code = '',
) => ({
  key,
  code,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

describe('shortcutFor', () => {
  it('reads Ctrl on Windows and Linux, ⌘ on macOS', () => {
    expect(shortcutFor(press('n', { ctrl: true }), 'other', false)).toBe('newNote');
    expect(shortcutFor(press('n', { meta: true }), 'mac', false)).toBe('newNote');
    expect(shortcutFor(press('n', { meta: true }), 'other', false)).toBeNull();
    expect(shortcutFor(press('n', { ctrl: true }), 'mac', false)).toBeNull();
  });

  it('goes back with Alt+← elsewhere and ⌘[ on macOS', () => {
    expect(shortcutFor(press('ArrowLeft', { alt: true }), 'other', false)).toBe('back');
    expect(shortcutFor(press('ArrowRight', { alt: true }), 'other', false)).toBe('forward');
    expect(shortcutFor(press('[', { meta: true }), 'mac', false)).toBe('back');
    // A Danish Mac keyboard has no [ key of its own: the physical key counts.
    expect(shortcutFor(press('å', { meta: true }, 'BracketRight'), 'mac', false)).toBe('forward');
    expect(shortcutFor(press('ArrowLeft', { alt: true }), 'mac', false)).toBeNull();
  });

  it('opens the views with Ctrl+1 … Ctrl+9 and searches with Ctrl+K and Ctrl+L', () => {
    expect(shortcutFor(press('1', { ctrl: true }, 'Digit1'), 'other', false)).toBe('view1');
    expect(shortcutFor(press('8', { ctrl: true }, 'Digit8'), 'other', false)).toBe('view8');
    expect(shortcutFor(press('9', { ctrl: true }, 'Digit9'), 'other', false)).toBe('view9');
    expect(shortcutFor(press('0', { ctrl: true }, 'Digit0'), 'other', false)).toBeNull();
    expect(shortcutFor(press('L', { ctrl: true, shift: true }), 'other', false)).toBeNull();
    expect(shortcutFor(press('l', { ctrl: true }), 'other', false)).toBe('search');
  });

  it('takes "?" for the overview only outside text fields; F1 everywhere', () => {
    expect(shortcutFor(press('?', { shift: true }), 'other', false)).toBe('help');
    expect(shortcutFor(press('?', { shift: true }), 'other', true)).toBeNull();
    expect(shortcutFor(press('F1'), 'other', true)).toBe('help');
  });
});

describe('labels and accelerators', () => {
  it('writes combos the way each system does', () => {
    const [back] = shortcutCombos('back', 'other');
    const [macBack] = shortcutCombos('back', 'mac');
    const [find] = shortcutCombos('find', 'other');
    if (!back || !macBack || !find) throw new Error('combos missing');
    expect(comboLabel(back, 'other')).toBe('Alt+←');
    expect(comboLabel(macBack, 'mac')).toBe('⌘[');
    expect(comboLabel(find, 'other')).toBe('Ctrl+F');
    expect(comboAccelerator(back)).toBe('Alt+Left');
    expect(comboAccelerator(find)).toBe('CmdOrCtrl+F');
  });
});

describe('screen reader keys', () => {
  it.each<ShortcutPlatform>(['mac', 'other'])('no shortcut on %s takes them', (platform) => {
    const taken = SHORTCUT_IDS.flatMap((id) =>
      shortcutCombos(id, platform)
        .filter((combo) => takesScreenReaderKeys(combo))
        .map((combo) => `${id}: ${comboLabel(combo, platform)}`),
    );
    expect(taken).toEqual([]);
  });

  it('recognises the keys they take', () => {
    expect(takesScreenReaderKeys({ key: 'ArrowLeft', mod: true, alt: true })).toBe(true);
    expect(takesScreenReaderKeys({ key: 'h' })).toBe(true);
    expect(takesScreenReaderKeys({ key: 'Insert' })).toBe(true);
  });

  it('gives every shortcut one meaning per platform', () => {
    for (const platform of ['mac', 'other'] as const) {
      const seen = new Map<string, string>();
      for (const id of SHORTCUT_IDS) {
        for (const combo of shortcutCombos(id, platform)) {
          const label = comboLabel(combo, platform);
          expect(seen.get(label), `${label} on ${platform}`).toBeUndefined();
          seen.set(label, id);
        }
      }
    }
  });
});
