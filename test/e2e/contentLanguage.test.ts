// lang="da" on every piece of bundled content in the English interface (issue 13): every view is
// walked in English, and every text that comes from the corpus (titles, headings, contents
// lists, speaker roles and organisations, factor titles in lists, chips, facets, combobox
// options, quotes) must sit inside an element marked lang="da". User notes are left out: their
// language is the user's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentEntry } from '../../shared/content/types';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
let views: { name: string; path: string; prepare?: () => Promise<void> }[] = [];
let danish: string[] = [];

/** The corpus's own words as the views show them, each long enough to be unmistakable. */
function contentStrings(entries: ContentEntry[]): string[] {
  const out = new Set<string>();
  const add = (text: string | undefined) => {
    const clean = (text ?? '').replace(/\s+/g, ' ').trim();
    if (clean.length >= 6) out.add(clean);
  };
  for (const entry of entries) {
    add(entry.title);
    if (entry.kind === 'quote') {
      add(entry.speaker.role);
      add(entry.speaker.organisation);
      add(entry.theme);
      add(entry.text.split(/\n\s*\n/)[0]?.slice(0, 60));
    }
    if (entry.kind === 'partnership') for (const s of entry.sections) add(s.heading);
    if (entry.kind === 'source') add(entry.citation);
  }
  // Proper names that read the same in English are not Danish content to a screen reader.
  for (const name of ['Grow Your Life']) out.delete(name);
  return [...out];
}

beforeAll(async () => {
  app = await startApp({ settings: { language: 'en' } });
  const { content, handouts } = app.services;
  danish = contentStrings(content.all());
  const [quote] = content.byKind('quote');
  const [factor] = content.byKind('factor');
  const [lesson] = content.byKind('lesson');
  const [partnership] = content.byKind('partnership');
  const handout = handouts.create({
    title: 'Workshop',
    items: [
      { kind: 'quote', ref: quote?.id ?? '', comment: '' },
      { kind: 'factor', ref: factor?.id ?? '', comment: '' },
      { kind: 'section', ref: partnership?.sections[0]?.id ?? '', comment: '' },
    ],
  });
  await app.page.evaluate(
    `localStorage.setItem('samspil.currentHandout', ${JSON.stringify(handout.id)})`,
  );
  await app.page.reload();
  const openPicker = async () => {
    await app.page.getByRole('combobox', { name: 'Success factors' }).focus();
    await app.page.keyboard.press('ArrowDown');
  };
  views = [
    { name: 'home', path: '#/' },
    { name: 'partnerships', path: '#/partnerskaber' },
    { name: 'partnership', path: `#/partnerskaber/${partnership?.id}` },
    { name: 'quotes', path: '#/citater' },
    { name: 'factors', path: '#/faktorer' },
    { name: 'factor', path: `#/faktorer/${factor?.id}` },
    { name: 'lesson', path: `#/laering/${lesson?.id}` },
    { name: 'search', path: '#/soeg?q=tillid' },
    { name: 'notes', path: '#/noter' },
    { name: 'note-new', path: '#/noter/ny', prepare: openPicker },
    { name: 'handout', path: '#/handout' },
    { name: 'settings', path: '#/indstillinger' },
  ];
});

afterAll(async () => {
  await app?.close();
});

/** Texts on the page that contain a corpus string but have no lang="da" around them. */
const unmarked = (strings: string[]) =>
  app.page.evaluate<string[]>(`((strings) => {
    const found = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      if (el.closest('[lang]')?.getAttribute('lang') === 'da') continue;
      if (el.closest('[hidden], .handout-preview-paper, script, style')) continue;
      // The element's own text: its text nodes, not its children's.
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join(' ')
        .replace(/\\s+/g, ' ')
        .trim();
      if (own.length < 6) continue;
      for (const s of strings) {
        if (own.includes(s) || (s.length > 20 && s.startsWith(own) && own.length > 20)) {
          found.add(el.tagName.toLowerCase() + '.' + String(el.className).split(' ')[0] + ': ' + own.slice(0, 60));
          break;
        }
      }
    }
    return [...found];
  })(${JSON.stringify(strings)})`);

describe('Bundled content in the English interface', () => {
  it('is marked lang="da" wherever it appears, in every view', async () => {
    const problems: string[] = [];
    for (const view of views) {
      await app.page.goto(`${app.url}${view.path}`);
      await app.page.locator('main h1').first().waitFor();
      await app.page.waitForLoadState('networkidle');
      await app.page.waitForTimeout(150);
      await view.prepare?.();
      expect(await app.page.evaluate<string>('document.documentElement.lang')).toBe('en');
      for (const text of await unmarked(danish)) problems.push(`${view.name}: ${text}`);
      await app.screenshot(`en-${view.name}`);
    }
    expect(problems).toEqual([]);
  });
});
