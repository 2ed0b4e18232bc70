// Exports of a handout over the real compiled corpus, opened the way a person would: pdftotext,
// pdfinfo and pdftoppm (poppler) on the PDF, word/document.xml of the DOCX.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handout, HandoutItem, ResolvedQuote } from '../../shared/handout/types';
import { loadContentService } from '../../electron/services/content/contentService';
import { openNotesStore } from '../../electron/services/storeServices';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import { createChromiumPdfRenderer } from '../../electron/services/handouts/chromiumPdf';

const content = loadContentService();
const quotes = content.byKind('quote');
const factors = content
  .byKind('factor')
  .filter((f, i, all) => all.findIndex((g) => g.group === f.group) === i);
const lessons = content.byKind('lesson').slice(0, 2);
const section = content.byKind('partnership')[0]?.sections[2];
const source = content.byKind('source')[0];

const pdf = createChromiumPdfRenderer();
let dataDir: string;
let notes: ReturnType<typeof openNotesStore>;
let service: ReturnType<typeof createHandoutService>;
let handout: Handout;
let files: Record<'pdf' | 'docx' | 'md' | 'html', string>;

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-exports-'));
  notes = openNotesStore({ dataDir, knownFactorIds: content.factorIds() });
  service = createHandoutService({ db: notes.db, content, notes, pdfRenderer: pdf });
  const note = notes.create({
    title: 'Erfaringer fra vores styregruppe i Århus',
    body: '## Hvad vi lærte\n\n- Møderne skal være **korte**\n- Referatet sendes ud samme dag\n\n> ”Man må gerne være uenig (…)”',
  });
  const items: HandoutItem[] = [
    ...quotes.map((q, i) => ({
      kind: 'quote' as const,
      ref: q.id,
      comment: i === 0 ? 'Spørg: **hvem** hæfter?' : '',
    })),
    ...factors.map((f) => ({ kind: 'factor' as const, ref: f.id, comment: '' })),
    ...lessons.map((l) => ({ kind: 'lesson' as const, ref: l.id, comment: '' })),
    { kind: 'section', ref: section?.id ?? '', comment: 'Læs højt.' },
    { kind: 'note', ref: note.id, comment: '' },
    { kind: 'quote', ref: 'citat-som-ikke-findes-mere', comment: '' },
  ];
  handout = service.create({
    title: 'Partnerskaber i praksis – æøå',
    subtitle: 'Workshop for trænere',
    intro: 'Læs citaterne ”højt” (…).',
    items,
  });
  const out = path.resolve('test-output');
  fs.mkdirSync(out, { recursive: true });
  files = { pdf: '', docx: '', md: '', html: '' };
  for (const format of ['pdf', 'docx', 'md', 'html'] as const) {
    files[format] = (
      await service.exportTo(handout, format, path.join(out, `handout.${format}`), {
        overwrite: true,
      })
    ).path;
  }
}, 60_000);

afterAll(async () => {
  await pdf.close();
  notes?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('PDF', () => {
  const info = () => execFileSync('pdfinfo', [files.pdf]).toString('utf8');
  const text = (first?: number) =>
    execFileSync('pdftotext', [
      ...(first ? ['-f', `${first}`, '-l', `${first}`] : []),
      '-enc',
      'UTF-8',
      files.pdf,
      '-',
    ]).toString('utf8');

  it('is A4, tagged, titled, in Danish and without JavaScript', () => {
    const meta = info();
    expect(meta).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(meta).toMatch(/Tagged:\s+yes/);
    expect(meta).toMatch(/Title:\s+Partnerskaber i praksis – æøå\n/);
    expect(meta).toMatch(/JavaScript:\s+no/);
    expect(fs.readFileSync(files.pdf).toString('latin1')).toContain('/Lang (da)');
  });

  it('holds every quote verbatim with its speaker line and the citation', () => {
    const all = squash(text());
    const model = service.resolve(handout);
    for (const item of model.items.filter((i): i is ResolvedQuote => i.kind === 'quote')) {
      expect(all).toContain(squash(item.text));
      expect(all).toContain(
        squash(`${item.speakerRole}, ${item.speakerOrganisation}, ${item.partnership}`),
      );
    }
    expect(all.split(`Kilde: ${squash(source?.citation ?? '?')}`).length - 1).toBe(quotes.length);
  });

  it('holds every factor, lesson, section and note, and explains the dropped quote', () => {
    const all = squash(text());
    for (const f of factors) expect(all).toContain(squash(f.title));
    for (const l of lessons) expect(all).toContain(squash(l.title));
    expect(all).toContain(squash(section?.heading ?? '?'));
    expect(all).toContain('Erfaringer fra vores styregruppe i Århus');
    expect(all).toContain('”Man må gerne være uenig (…)”');
    expect(all).toContain(
      'Indholdet med id »citat-som-ikke-findes-mere« findes ikke længere i denne version af Samspil',
    );
  });

  it('has a sane page count, and the title and page number on every page', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(info())?.[1]);
    const chars = squash(text()).length;
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(chars / 5000));
    expect(pages).toBeLessThanOrEqual(Math.ceil(chars / 1200) + 1);
    for (let page = 1; page <= pages; page++) {
      const onPage = text(page);
      expect(onPage).toContain('Partnerskaber i praksis – æøå');
      expect(onPage).toContain(`Side ${page} af ${pages}`);
    }
  });

  it('saves a picture of page 1 for a person to look at', () => {
    const prefix = path.resolve('test-output', 'handout-page1');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      files.pdf,
      prefix,
    ]);
    expect(fs.statSync(`${prefix}.png`).size).toBeGreaterThan(10_000);
  });
});

describe('DOCX', () => {
  const part = (name: string) => execFileSync('unzip', ['-p', files.docx, name]).toString('utf8');
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  /** Each paragraph of document.xml as its style and its text. */
  const paragraphs = () =>
    part('word/document.xml')
      .split('</w:p>')
      .map((p) => ({
        style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
        text: decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
      }));

  it('sets the title, headings, quotes and citations in real Word styles', () => {
    const ps = paragraphs();
    const withStyle = (style: string) =>
      ps.filter((p) => p.style === style).map((p) => squash(p.text));
    expect(withStyle('Title')).toEqual(['Partnerskaber i praksis – æøå']);
    const quoteParagraphs = withStyle('Citat').join(' ');
    for (const q of quotes) expect(quoteParagraphs).toContain(squash(q.text));
    const captions = withStyle('Caption');
    for (const q of quotes) {
      expect(
        captions.some(
          (c) =>
            c.startsWith(squash(`${q.speaker.role}, ${q.speaker.organisation}`)) &&
            c.endsWith(`Kilde: ${squash(source?.citation ?? '')}`),
        ),
      ).toBe(true);
    }
    const headings = withStyle('Heading2');
    for (const f of factors) expect(headings).toContain(squash(f.title));
    for (const l of lessons) expect(headings).toContain(squash(l.title));
    expect(headings).toContain('Erfaringer fra vores styregruppe i Århus');
    expect(withStyle('Heading4')).toContain('Hvad vi lærte');
    expect(withStyle('Kommentar').join(' ')).toContain(
      'Indholdet med id »citat-som-ikke-findes-mere«',
    );
  });

  it('defines the custom styles and puts the title in the header and page numbers in the footer', () => {
    const styles = part('word/styles.xml');
    for (const id of ['Citat', 'Caption', 'Faktorboks', 'Kommentar', 'Heading2', 'Title']) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(part('word/header1.xml')).toContain('Partnerskaber i praksis – æøå');
    const footer = part('word/footer1.xml');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(part('docProps/core.xml')).toContain(
      '<dc:title>Partnerskaber i praksis – æøå</dc:title>',
    );
  });
});

describe('Markdown and HTML', () => {
  it('carry every quote with its source', () => {
    const md = fs.readFileSync(files.md, 'utf8');
    const html = fs.readFileSync(files.html, 'utf8');
    expect(md.split(`Kilde: ${source?.citation}`).length - 1).toBe(quotes.length);
    expect(
      html.split(`<cite>Kilde: ${source?.citation.replace(/&/g, '&amp;')}</cite>`).length - 1,
    ).toBe(quotes.length);
    for (const q of quotes)
      expect(squash(md)).toContain(squash(q.text.replace(/</g, '&lt;').replace(/>/g, '&gt;')));
  });
});
