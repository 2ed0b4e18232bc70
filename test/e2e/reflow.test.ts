// Reflow and zoom (issue 13): a 1280 px window at 200 % and 400 % zoom lays out at 640 and 320
// CSS px. At both, no view may scroll sideways, and the header search must stay usable (wide
// enough to type in, its Ctrl+K badge clear of the name). Screenshots at 320 px, and every view
// under forced colours (Windows high contrast), land in test-output/screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
let views: { name: string; path: string }[] = [];

beforeAll(async () => {
  app = await startApp({
    viewport: { width: 320, height: 800 },
    seedNotes: [{ title: 'Møde om kontrakten', body: 'Tekst med **fed**.', factors: [] }],
  });
  const { content, handouts } = app.services;
  const [quote] = content.byKind('quote');
  const [factor] = content.byKind('factor');
  const [lesson] = content.byKind('lesson');
  const [partnership] = content.byKind('partnership');
  const note = app.services.notes.list({})[0];
  const handout = handouts.create({
    title: 'Workshop om frivillig faglighed og kontrakter',
    intro: 'Indledning.',
    items: [
      { kind: 'quote', ref: quote?.id ?? '', comment: 'Læg mærke til kontrakten.' },
      { kind: 'factor', ref: factor?.id ?? '', comment: '' },
    ],
  });
  await app.page.evaluate<void>(
    `((id) => localStorage.setItem('samspil.currentHandout', id))(${JSON.stringify(handout.id)})`,
  );
  await app.page.reload();
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
    { name: 'note', path: `#/noter/${note?.id}` },
    { name: 'note-new', path: '#/noter/ny' },
    { name: 'handout', path: '#/handout' },
    { name: 'settings', path: '#/indstillinger' },
    { name: 'not-found', path: '#/findes/ikke' },
  ];
});

afterAll(async () => {
  await app?.close();
});

async function open(path: string): Promise<void> {
  await app.page.goto(`${app.url}${path}`);
  await app.page.locator('main h1').first().waitFor();
  // Let lists and previews arrive before measuring.
  await app.page.waitForLoadState('networkidle');
  await app.page.waitForTimeout(150);
}

/** How far the page reaches past the viewport, and what sticks out furthest. */
const overflow = () =>
  app.page.evaluate<{ scrollWidth: number; width: number; widest: string }>(`(() => {
    const width = document.documentElement.clientWidth;
    // The innermost elements that reach past the right edge name the culprit.
    const past = Array.from(document.querySelectorAll('body *')).filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > width + 0.5;
    });
    const innermost = past.filter(
      (el) => !past.some((other) => other !== el && el.contains(other)),
    );
    const widest = innermost
      .slice(0, 3)
      .map((el) => el.tagName.toLowerCase() + '.' + String(el.className).split(' ')[0])
      .join(', ');
    return { scrollWidth: document.documentElement.scrollWidth, width, widest };
  })()`);

const searchBox = () =>
  app.page.evaluate<{
    inputWidth: number;
    badgeOverlapsBrand: boolean;
    inputOverlapsBrand: boolean;
  }>(`(() => {
    const input = document.getElementById('global-search')?.getBoundingClientRect();
    const badge = document.querySelector('.search-shortcut')?.getBoundingClientRect();
    const brand = document.querySelector('.app-brand')?.getBoundingClientRect();
    const overlaps = (a, b) =>
      !!a &&
      !!b &&
      a.width > 0 &&
      b.width > 0 &&
      a.left < b.right &&
      b.left < a.right &&
      a.top < b.bottom &&
      b.top < a.bottom;
    return {
      inputWidth: input?.width ?? 0,
      badgeOverlapsBrand: overlaps(badge, brand),
      inputOverlapsBrand: overlaps(input, brand),
    };
  })()`);

describe.each([
  { zoom: '400 %', width: 320 },
  { zoom: '200 %', width: 640 },
])('At $zoom zoom ($width CSS px)', ({ width }) => {
  it('no view scrolls sideways, and the header search stays usable', async () => {
    await app.page.setViewportSize({ width, height: 800 });
    const problems: string[] = [];
    for (const view of views) {
      await open(view.path);
      const o = await overflow();
      if (o.scrollWidth > o.width) problems.push(`${view.name}: ${o.scrollWidth} px (${o.widest})`);
      const s = await searchBox();
      if (s.inputWidth < 140) problems.push(`${view.name}: search field ${s.inputWidth} px`);
      if (s.badgeOverlapsBrand || s.inputOverlapsBrand)
        problems.push(`${view.name}: search overlaps name`);
      if (width === 320) {
        await app.screenshot(`320-${view.name}`);
        const violations = await a11yViolations(app.page);
        for (const v of violations)
          problems.push(`${view.name}: axe ${v.id} ${v.nodes[0]?.target}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('Forced colours (Windows high contrast)', () => {
  it('shows pressed, selected and current states with a border, not background alone', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ forcedColors: 'active' });
    await open('#/soeg?q=tillid');
    await page.locator('.facet-toggle[aria-pressed="false"]').first().click();
    await page.locator('.facet-toggle[aria-pressed="true"]').first().waitFor();
    const styles = await page.evaluate<Record<string, string | null>>(`(() => {
      const outline = (el) => {
        if (!el) return null;
        const s = getComputedStyle(el);
        return {
          border: s.borderTopWidth + ' ' + s.borderTopStyle,
          outline: s.outlineStyle,
          text: s.textDecorationLine,
          weight: s.fontWeight,
        };
      };
      return {
        pressed: outline(document.querySelector('.facet-toggle[aria-pressed="true"]')),
        notPressed: outline(document.querySelector('.facet-toggle[aria-pressed="false"]')),
        current: outline(document.querySelector('.app-nav [aria-current="page"]')),
        notCurrent: outline(document.querySelector('.app-nav a:not([aria-current])')),
      };
    })()`);
    // Under forced colours backgrounds become Canvas: the state must differ in something else.
    expect(JSON.stringify(styles.pressed)).not.toBe(JSON.stringify(styles.notPressed));
    expect(JSON.stringify(styles.current)).not.toBe(JSON.stringify(styles.notCurrent));
    await app.screenshot('forced-colors-facet-pressed');
    for (const view of views) {
      await open(view.path);
      await app.screenshot(`forced-colors-${view.name}`);
    }
    await page.emulateMedia({ forcedColors: 'none' });
  });
});
