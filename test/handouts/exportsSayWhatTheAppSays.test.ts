// Exports say what the app says (issue 13): a quote whose speaker the source leaves uncertain
// reads "(sandsynlig taler)" in PDF, DOCX, Markdown and HTML, with partnership and source; the
// PDF has bookmarks from its headings; an export in English has English labels (page numbers,
// comment, source) around the Danish content.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handout } from '../../shared/handout/types';
import { loadContentService } from '../../electron/services/content/contentService';
import { openNotesStore } from '../../electron/services/storeServices';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import { createChromiumPdfRenderer } from '../../electron/services/handouts/chromiumPdf';
import { pdfOutlineTitles } from './pdfOutline';

const content = loadContentService();
const probable = content.byKind('quote').find((q) => q.speaker.certainty === 'sandsynlig');
const certain = content.byKind('quote').find((q) => q.speaker.certainty === 'sikker');
const factor = content.byKind('factor')[0];
const source = content.byKind('source')[0];
const pdf = createChromiumPdfRenderer();
let dataDir = '';
let outDir = '';
let notes: ReturnType<typeof openNotesStore>;
let service: ReturnType<typeof createHandoutService>;
let handout: Handout;

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

const decode = (text: string): string => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<');

function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
  return squash(
    decode(
      xml
        .replace(/<w:br\/>/g, ' ')
        .replace(/<\/w:p>/g, ' ')
        .replace(/<[^>]+>/g, ''),
    ),
  );
}

function textOf(file: string, format: string): string {
  if (format === 'pdf')
    return squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8'));
  if (format === 'docx') return docxText(file);
  const raw = fs.readFileSync(file, 'utf8');
  return squash(format === 'html' ? decode(raw.replace(/<[^>]+>/g, ' ')) : raw);
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-exports-say-'));
  // Exports are refused inside the data folder: they go beside it.
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-exports-say-out-'));
  notes = openNotesStore({ dataDir, knownFactorIds: content.factorIds() });
  service = createHandoutService({ db: notes.db, content, notes, pdfRenderer: pdf });
  handout = service.create({
    title: 'Hvem sagde det?',
    items: [
      { kind: 'quote', ref: probable?.id ?? '', comment: 'Tal om tillid.' },
      { kind: 'quote', ref: certain?.id ?? '', comment: '' },
      { kind: 'factor', ref: factor?.id ?? '', comment: '' },
    ],
  });
});

afterAll(async () => {
  await pdf.close();
  notes?.close();
  for (const dir of [dataDir, outDir]) {
    if (dir.startsWith(os.tmpdir()) && dir.length > os.tmpdir().length + 1)
      fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe.each(['pdf', 'docx', 'md', 'html'] as const)('The %s export', (format) => {
  it('says how sure the speaker is, with partnership and source, as the app does', async () => {
    const file = path.join(outDir, `say.${format}`);
    await service.exportTo(handout, format, file);
    const text = textOf(file, format);
    const partnership = content.get(probable?.partnership ?? '').title;
    expect(text).toContain(squash(`${probable?.speaker.role}`));
    expect(text).toContain('(sandsynlig taler)');
    // Only the uncertain speaker is marked.
    expect(text.split('(sandsynlig taler)').length - 1).toBe(1);
    expect(text).toContain(partnership);
    expect(text).toContain(squash(`Kilde: ${source?.citation}`));
  }, 30_000);

  it('has English labels around Danish content when exported in English', async () => {
    const file = path.join(outDir, `say-en.${format}`);
    await service.exportTo(handout, format, file, { language: 'en' });
    const text = textOf(file, format);
    expect(text).toContain('(probable speaker)');
    expect(text).toContain('Trainer’s comment');
    expect(text).toContain(squash(`Source: ${source?.citation}`));
    expect(text).not.toContain('Trænerens kommentar');
    if (format === 'pdf') expect(text).toMatch(/Page 1 of \d/);
    // The content itself stays Danish.
    expect(text).toContain(squash(probable?.text.slice(0, 40) ?? '?'));
  }, 30_000);
});

describe('PDF bookmarks', () => {
  it('lists the title and every item heading as bookmarks', async () => {
    const file = path.join(outDir, 'outline.pdf');
    await service.exportTo(handout, 'pdf', file);
    // Chromium joins the lines of a wrapped heading without a space ("aktivtnetværk"), so the
    // titles are compared without white space.
    const bare = (text = '') => text.replace(/\s+/g, '');
    const titles = pdfOutlineTitles(file).map(bare);
    expect(titles).toContain(bare('Hvem sagde det?'));
    expect(titles).toContain(bare(factor?.title));
    expect(titles).toContain(bare(probable?.theme));
    expect(titles).toContain(bare('Kilder'));
  }, 30_000);
});
