import { describe, expect, it } from 'vitest';
import { da, en, type Messages } from '../../renderer/i18n/messages';
import { interpolate, translator, type TranslateVars } from '../../renderer/i18n/translate';

describe('translations', () => {
  // The compiler checks the English shape; this also catches an empty or untranslated text.
  it.each(Object.keys(da) as (keyof Messages)[])('English has every Danish text of %s', (ns) => {
    const danish = da[ns] as Record<string, unknown>;
    const english = en[ns] as Record<string, unknown>;
    expect(Object.keys(english).sort()).toEqual(Object.keys(danish).sort());
    for (const [key, value] of Object.entries(english)) {
      if (typeof value === 'string') expect(value.trim(), `${ns}.${key}`).not.toBe('');
    }
  });

  /** Words both languages write the same way; anything else equal in both is untranslated. */
  const SHARED_WORDS = new Set([
    'Samspil',
    'Handout',
    'Note',
    'Dansk',
    'English',
    'Type',
    'Database',
    'Markdown',
    'HTML',
    'Word (DOCX)',
    'System',
    'Status',
    'Team: {state}', // the team badge: “team” is Danish too
  ]);
  it.each(Object.keys(da) as (keyof Messages)[])('English translates every text of %s', (ns) => {
    const danish = da[ns] as Record<string, unknown>;
    const english = en[ns] as Record<string, unknown>;
    const untranslated = Object.keys(danish).filter((key) => {
      const text = danish[key];
      if (typeof text !== 'string' || text !== english[key]) return false;
      const words = text.replace(/\{\w+\}/g, '');
      return /\p{L}/u.test(words) && !SHARED_WORDS.has(text);
    });
    expect(untranslated).toEqual([]);
  });

  it.each<{ template: string; vars: TranslateVars; expected: string }>([
    { template: '{count} citater', vars: { count: 3 }, expected: '3 citater' },
    {
      template: 'Viser {shown} af {total}',
      vars: { shown: 1, total: 18 },
      expected: 'Viser 1 af 18',
    },
    { template: 'Ukendt {x}', vars: {}, expected: 'Ukendt {x}' },
    { template: '{q} og {q}', vars: { q: '<b>' }, expected: '<b> og <b>' },
  ])('interpolates $template', ({ template, vars, expected }) => {
    expect(interpolate(template, vars)).toBe(expected);
  });

  it('looks texts up by namespace and key in the chosen language', () => {
    expect(translator('da')('common.navHome')).toBe('Forside');
    expect(translator('en')('common.navHome')).toBe('Home');
    expect(translator('en')('quotes.count', { shown: 2, total: 18 })).toBe(
      'Showing 2 of 18 quotes',
    );
  });
});
