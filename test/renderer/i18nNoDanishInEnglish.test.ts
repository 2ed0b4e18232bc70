// One language at a time (issue 13): an English text that equals its Danish one is a text nobody
// translated, unless it is a word both languages share (names, formats, loanwords) or the
// language's own name, which each language shows in itself.
import { describe, expect, it } from 'vitest';
import { da, en } from '../../renderer/i18n/messages';
import { translator } from '../../renderer/i18n/translate';

const SHARED = new Set([
  'Samspil',
  'Handout',
  'Note',
  'Type',
  'Status',
  'Database',
  'Markdown',
  'HTML',
  'Word (DOCX)',
  'System',
  // "Team" is a loanword in Danish; the badge only adds the state.
  'Team: {state}',
  // The language switch names each language in that language.
  'Dansk',
  'English',
]);

function untranslated(): string[] {
  const found: string[] = [];
  for (const namespace of Object.keys(da) as (keyof typeof da)[]) {
    const danish = da[namespace] as Record<string, string>;
    const english = en[namespace] as Record<string, string>;
    for (const [key, text] of Object.entries(danish)) {
      const same = english[key] === text;
      const hasWords = /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
      if (same && hasWords && !SHARED.has(text)) found.push(`${namespace}.${key}: ${text}`);
    }
  }
  return found;
}

describe('the English texts', () => {
  it('are English: none equals its Danish text apart from shared words', () => {
    expect(untranslated()).toEqual([]);
  });

  it('has the same keys as the Danish, plural forms included', () => {
    for (const namespace of Object.keys(da) as (keyof typeof da)[]) {
      expect(Object.keys(en[namespace]).sort(), namespace).toEqual(
        Object.keys(da[namespace]).sort(),
      );
    }
  });
});

describe('counts', () => {
  it.each([
    ['da', 1, '1 punkt · ændret i går'],
    ['da', 4, '4 punkter · ændret i går'],
    ['en', 1, '1 item · changed i går'],
    ['en', 0, '0 items · changed i går'],
  ] as const)('%s, %i: %s (Intl.PluralRules)', (language, count, expected) => {
    expect(translator(language)('handout.savedItems', { count, date: 'i går' })).toBe(expected);
  });
});
