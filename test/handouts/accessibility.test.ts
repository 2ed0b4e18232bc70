// The print HTML against axe-core's WCAG 2.1 A/AA rules, in Chromium: trainers hand these pages out
// in the disability field, and the PDF is printed from exactly this page.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../electron/services/handouts/chromiumPdf';
import { renderHandoutHtml } from '../../shared/handout/renderHtml';
import { resolveHandout } from '../../shared/handout/resolveHandout';
import { loadContentService } from '../../electron/services/content/contentService';
import type { HandoutItem } from '../../shared/handout/types';
import { fixtureModel } from './fixtureHandout';

const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

function realCorpusPage(): string {
  const content = loadContentService();
  const items = [
    ...content.byKind('quote').slice(0, 4),
    ...content.byKind('factor').slice(0, 3),
    ...content.byKind('lesson').filter((l) => l.html.includes('<table')),
  ].map((e): HandoutItem => ({
    kind: e.kind as 'quote' | 'factor' | 'lesson',
    ref: e.id,
    comment: '',
  }));
  const section = content.byKind('partnership')[0]?.sections[0];
  if (section) items.push({ kind: 'section', ref: section.id, comment: '' });
  return renderHandoutHtml(
    resolveHandout(
      {
        title: 'Tilgængelighed',
        subtitle: '',
        intro: 'Intro med [link](https://www.vive.dk).',
        items,
      },
      {
        find: (id) => content.find(id),
        section: (id) => content.section(id),
        note: () => undefined,
        sources: () => content.byKind('source'),
      },
    ),
  );
}

it('passes the WCAG 2.1 A and AA rules of axe-core', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // bypassCSP: the page's own CSP forbids script, and axe is script.
    const page = await (await browser.newContext({ bypassCSP: true, offline: true })).newPage();
    const violationsOf = async (html: string) => {
      await page.setContent(html);
      await page.addScriptTag({ content: axeSource });
      return page.evaluate<string[]>(
        `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target).join(' ')))`,
      );
    };
    // Control: axe does report a page that breaks the rules.
    const control = await violationsOf(
      '<html><body><img src="data:image/png;base64,iVBORw0KGgo="></body></html>',
    );
    expect(control.map((v) => v.split(':')[0])).toEqual(
      expect.arrayContaining(['html-has-lang', 'image-alt']),
    );
    for (const html of [renderHandoutHtml(fixtureModel()), realCorpusPage()]) {
      expect(await violationsOf(html)).toEqual([]);
    }
  } finally {
    await browser.close();
  }
});
