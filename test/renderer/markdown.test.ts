// @vitest-environment jsdom
// The safe Markdown pipeline (marked, then DOMPurify) under jsdom: a table of inputs and what
// the output must and must not contain, then every hostile fixture through it. The same pipeline
// runs in the real renderer in test/e2e/xss.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { userMarkdownToHtml } from '../../shared/markdown/userMarkdownHtml';

interface Pipeline {
  renderSafeMarkdown(markdown: string): string;
  sanitizePreviewHtml(html: string): string;
}
interface MiniElement {
  tagName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
}
interface MiniDocument {
  createElement(tag: 'div'): {
    innerHTML: string;
    querySelectorAll(s: string): ArrayLike<MiniElement>;
  };
}

// Imported at run time: the module is browser code (renderer tsconfig), not part of the node project.
const MODULE = '../../renderer/markdown/purifyMarkdown';
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = (await import(/* @vite-ignore */ MODULE)) as Pipeline;
});

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const cases: { input: string; has: string[]; hasNot: string[] }[] = [
  { input: '**fed** og *kursiv*', has: ['<strong>fed</strong>', '<em>kursiv</em>'], hasNot: [] },
  { input: '- et\n- to', has: ['<ul>', '<li>et</li>'], hasNot: [] },
  {
    input: '[VIVE](https://www.vive.dk)',
    has: ['href="https://www.vive.dk"', 'data-external="true"', 'rel="noopener noreferrer"'],
    hasNot: [],
  },
  { input: '[skriv](mailto:a@b.dk)', has: ['href="mailto:a@b.dk"'], hasNot: [] },
  { input: '[a](javascript:alert(1))', has: ['<p>a</p>'], hasNot: ['javascript', 'href'] },
  { input: '[a](https://user:pw@evil.example)', has: ['<p>a</p>'], hasNot: ['href'] },
  { input: '[a](JaVaScRiPt:alert(1))', has: [], hasNot: ['href'] },
  { input: '[a](vbscript:msgbox(1))', has: [], hasNot: ['href'] },
  { input: '[a](data:text/html;base64,PHNjcmlwdD4=)', has: [], hasNot: ['href', 'data:'] },
  { input: '[relativ](noter/1)', has: [], hasNot: ['href'] },
  { input: `![prik](${PNG})`, has: [`src="${PNG}"`, 'alt="prik"'], hasNot: [] },
  { input: '![x](data:text/html;base64,PHNjcmlwdD4=)', has: ['<p>x</p>'], hasNot: ['src'] },
  { input: '![fjern](https://example.org/x.png)', has: ['fjern'], hasNot: ['src', '<img'] },
  { input: '<script>alert(1)</script>', has: ['&lt;script&gt;'], hasNot: ['<script'] },
  { input: '<img src=x onerror=alert(1)>', has: ['&lt;img'], hasNot: ['<img'] },
  { input: 'Tekst <b style="color:red">fed</b>', has: ['&lt;b style'], hasNot: ['<b '] },
  { input: '`<svg onload=x>`', has: ['<code>&lt;svg onload=x&gt;</code>'], hasNot: ['<svg'] },
  { input: 'linje et\nlinje to', has: ['linje et<br>linje to'], hasNot: [] },
];

describe('the app and the exports', () => {
  const notes = [
    '# Møde\n\nVi aftalte **tre** ting:\n\n- kontrakt\n- styregruppe\n\nlinje et\nlinje to',
    'Se [referatet](https://example.org/referat) og <b>fed</b> tekst',
    `> citat\n\n![prik](${PNG}) og ![gif](data:image/gif;base64,R0lGODlhAQABAAAAACw=)`,
    '| a | b |\n|---|---|\n| 1 | 2 |',
  ];
  it.each(notes)('render %j alike', (note) => {
    const app = pipeline
      .renderSafeMarkdown(note)
      .replace(/ (?:rel="noopener noreferrer"|data-external="true")/g, '');
    expect(app).toBe(userMarkdownToHtml(note));
  });
});

describe('renderSafeMarkdown', () => {
  it.each(cases)('$input', ({ input, has, hasNot }) => {
    const html = pipeline.renderSafeMarkdown(input);
    for (const part of has) expect(html).toContain(part);
    for (const part of hasNot) expect(html).not.toContain(part);
  });
});

const FIXTURES = path.resolve(__dirname, '../fixtures/xss');
const payloads = [
  ...(
    JSON.parse(fs.readFileSync(path.join(FIXTURES, 'xss-dompurify-payloads.json'), 'utf8')) as {
      payload: string;
    }[]
  ).map((p) => p.payload),
  ...fs
    .readFileSync(path.join(FIXTURES, 'xss-markdown-payloads.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim()),
];

const URL_ATTRS = /^(href|src|action|formaction|xlink:href|data|srcdoc|poster|background|srcset)$/i;
const BAD_URL = /^(javascript|vbscript):|^data:text\/html/i;

function dangerousParts(html: string): string[] {
  const doc = (globalThis as unknown as { document: MiniDocument }).document;
  const box = doc.createElement('div');
  box.innerHTML = html;
  const found: string[] = [];
  for (const el of Array.from(box.querySelectorAll('*'))) {
    if (/^(SCRIPT|IFRAME|OBJECT|EMBED|STYLE|LINK|META|BASE|FORM)$/.test(el.tagName))
      found.push(el.tagName);
    for (const { name, value } of Array.from(el.attributes)) {
      // Browsers ignore control characters and spaces inside a URL scheme.
      const compact = [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
      if (/^on/i.test(name) || name === 'style' || (URL_ATTRS.test(name) && BAD_URL.test(compact)))
        found.push(`${el.tagName} ${name}=${value.slice(0, 60)}`);
    }
  }
  return found;
}

describe('every fixture payload', () => {
  it('has all 264 payloads', () => {
    expect(payloads.length).toBe(264);
  });

  it('leaves no script, handler, inline style or dangerous URL', () => {
    const found = payloads.flatMap((p) => dangerousParts(pipeline.renderSafeMarkdown(p)));
    expect(found).toEqual([]);
  });
});

describe('sanitizePreviewHtml', () => {
  const page = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>T</title>
<style>.handout{color:red}</style></head><body><article class="handout"><h1>Titel</h1>
<p onclick="x()">Tekst <a href="javascript:alert(1)">link</a></p></article></body></html>`;

  it('keeps the body and its classes, drops the head, handlers and bad links', () => {
    const html = pipeline.sanitizePreviewHtml(page);
    expect(html).toContain('<article class="handout"><h1>Titel</h1>');
    expect(html).not.toContain('<style');
    expect(html).not.toContain('<title');
    expect(dangerousParts(html)).toEqual([]);
  });
});
