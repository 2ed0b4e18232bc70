// The pure renderers in shared/handout: HTML page and body, Markdown (golden file), safe Markdown.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handoutCss, cssString } from '../../shared/handout/handoutCss';
import {
  nestHeadings,
  renderHandoutBodyHtml,
  renderHandoutHtml,
} from '../../shared/handout/renderHtml';
import { renderHandoutMarkdown } from '../../shared/handout/renderMarkdown';
import { userMarkdownToHtml } from '../../shared/markdown/userMarkdownHtml';
import { userMarkdownToMarkdown } from '../../shared/markdown/userMarkdownText';
import { safeImageUrl, safeLinkUrl } from '../../shared/markdown/urlPolicy';
import { fixtureModel } from './fixtureHandout';

const golden = path.join(import.meta.dirname, 'golden', 'fixture-handout.md');

describe('Markdown export', () => {
  it('matches the golden file', () => {
    expect(renderHandoutMarkdown(fixtureModel())).toBe(fs.readFileSync(golden, 'utf8'));
  });
});

describe('HTML export', () => {
  const html = renderHandoutHtml(fixtureModel());

  it('is a complete Danish page with the title', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="da">/);
    expect(html).toContain('<title>Workshop: Samspil på tværs – æøå ÆØÅ</title>');
  });

  it('has no script and loads nothing from outside', () => {
    expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|@import|url\(/i);
    expect(html.match(/\ssrc=/g) ?? []).toEqual([]);
    // The only hrefs are links a user wrote, and they point to http(s)/mailto.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g))
      expect(href).toMatch(/^(https?:|mailto:)/);
  });

  it('prints A4 with the title and the page number on every page', () => {
    expect(html).toMatch(/@page\s*{[^}]*size: A4/);
    expect(html).toMatch(/@top-left\s*{\s*content: "Workshop: Samspil på tværs – æøå ÆØÅ"/);
    expect(html).toMatch(
      /@bottom-right\s*{\s*content: "Side " counter\(page\) " af " counter\(pages\)/,
    );
  });

  it('sets quotes as figures with speaker, partnership and source', () => {
    const figures = [...html.matchAll(/<figure class="quote">([\s\S]*?)<\/figure>/g)].map(
      (m) => m[1] ?? '',
    );
    expect(figures).toHaveLength(2);
    for (const figure of figures) {
      expect(figure).toMatch(/<blockquote>[\s\S]+<\/blockquote>/);
      expect(figure).toMatch(
        /<figcaption><span class="speaker">[^<]+, [^<]+<\/span>, Grow Your Life/,
      );
      expect(figure).toContain('<cite>Kilde: Baseret på VIVE (2018)');
    }
  });

  it('boxes factors with their Danish group, and lists the sources', () => {
    expect(html).toMatch(
      /<div class="box">\s*<div class="item-head"><p class="kind">Faktor · Relationelle elementer/,
    );
    expect(html).toMatch(/<h2 id="kilder">Kilder<\/h2>\s*<ul>\s*<li>Baseret på VIVE/);
  });

  it('keeps a dropped entry as an explained placeholder', () => {
    expect(html).toContain(
      'Indholdet med id »citat-fjernet-i-ny-version« findes ikke længere i denne version af Samspil.',
    );
  });

  it('gives the preview the body alone, styled by the exported stylesheet', () => {
    const body = renderHandoutBodyHtml(fixtureModel());
    expect(body).toMatch(/^<article class="handout">/);
    expect(body).not.toMatch(/<style|<html|<head[\s>]/);
    expect(html).toContain(body);
    expect(html).toContain(handoutCss);
    expect(handoutCss).toContain('.handout figure.quote');
  });

  it('cannot be broken out of by a hostile title', () => {
    const title = '"; } </style><script>alert(1)</script> \\ ”æ”';
    const page = renderHandoutHtml(fixtureModel({ title }));
    expect(page).not.toContain('<script');
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(cssString(title)).toMatch(/^"[^"<>\\]*(\\[0-9a-f]+ [^"<>\\]*)*"$/);
  });
});

describe('safe Markdown', () => {
  it.each([
    ['**fed** og _kursiv_', '<p><strong>fed</strong> og <em>kursiv</em></p>\n'],
    ['# Overskrift', '<h3>Overskrift</h3>\n'],
    ['[VIVE](https://www.vive.dk)', '<p><a href="https://www.vive.dk">VIVE</a></p>\n'],
    ['[skriv](mailto:a@b.dk)', '<p><a href="mailto:a@b.dk">skriv</a></p>\n'],
    ['[ond](javascript:alert(1))', '<p>ond</p>\n'],
    ['[ond](JaVaScRiPt:alert(1))', '<p>ond</p>\n'],
    ['[relativ](/etc/passwd)', '<p>relativ</p>\n'],
    // Raw HTML is shown as the text it is, as in the app.
    ['<b onclick="x()">rå</b> html', '<p>&lt;b onclick=&quot;x()&quot;&gt;rå&lt;/b&gt; html</p>\n'],
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
    ['linje et\nlinje to', '<p>linje et<br>linje to</p>\n'],
    ['`<b>`', '<p><code>&lt;b&gt;</code></p>\n'],
    [
      '![x](data:image/png;base64,iVBORw0KGgo=)',
      '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="x"></p>\n',
    ],
    ['![x](https://sporing.example/pixel.png)', '<p>x</p>\n'],
    ['&amp; &lt;b&gt; ”(…)” æøå', '<p>&amp; &lt;b&gt; ”(…)” æøå</p>\n'],
  ])('renders %j to HTML as %j', (input, expected) => {
    expect(userMarkdownToHtml(input, 2)).toBe(expected);
  });

  it.each([
    ['**fed** og _kursiv_', '**fed** og _kursiv_'],
    ['# Overskrift', '### Overskrift'],
    [
      '[ond](javascript:alert(1)) og [god](https://a.dk/x_(y))',
      'ond og [god](https://a.dk/x_%28y%29)',
    ],
    ['<img src=x onerror=alert(1)>tekst', '&lt;img src=x onerror=alert(1)&gt;tekst'],
    ['linje et\nlinje to', 'linje et\\\nlinje to'],
    ['\\<script\\>', '&lt;script&gt;'],
    ['- a\n- b\n  - c', '- a\n- b\n  - c'],
    ['> citat', '> citat'],
    ['| a | b |\n|---|--:|\n| 1 | 2 |', '| a | b |\n| --- | ---: |\n| 1 | 2 |'],
    ['snake_case 3 * 4', 'snake\\_case 3 \\* 4'],
    ['”æøå” (…)', '”æøå” (…)'],
  ])('re-writes %j as Markdown %j', (input, expected) => {
    expect(userMarkdownToMarkdown(input, 2)).toBe(expected);
  });

  it.each([
    ['https://www.vive.dk/da/', true],
    ['http://a.dk', true],
    ['mailto:kontakt@samspil.dk', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['&#x6A;avascript:alert(1)', false],
    ['vbscript:msgbox', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['https://a.dk/" onmouseover="x', false],
    ['//evil.example', false],
    ['https://user:pass@a.dk/', false],
    ['mailto:', false],
  ])('link target %j allowed: %s', (url, allowed) => {
    expect(safeLinkUrl(url) !== null).toBe(allowed);
  });

  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['data:image/jpeg;base64,/9j/4AAQ', true],
    ['data:image/webp;base64,UklGRg==', true],
    ['data:image/svg+xml;base64,PHN2Zz4=', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['https://a.dk/x.png', false],
  ])('image %j allowed: %s', (url, allowed) => {
    expect(safeImageUrl(url) !== null).toBe(allowed);
  });
});

describe('bundled HTML inside a handout', () => {
  it.each([
    ['<h2>A</h2><p>x</p><h3>B</h3>', '<h3>A</h3><p>x</p><h4>B</h4>'],
    ['<h1 id="a">A</h1>', '<h3 id="a">A</h3>'],
    ['<h5>A</h5><h6>B</h6>', '<h5>A</h5><h6>B</h6>'],
    ['<p>ingen overskrift</p>', '<p>ingen overskrift</p>'],
  ])('nests the headings of %j under the item heading: %j', (input, expected) => {
    expect(nestHeadings(input)).toBe(expected);
  });
});
