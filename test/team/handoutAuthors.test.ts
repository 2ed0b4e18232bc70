// Handouts that cite a colleague's shared note name its author in every export, on real SQLite
// stores over one shared folder; a private note keeps no byline.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chromiumPdfRenderer } from '../../electron/services/handouts/chromiumPdf';
import { renderHandoutHtml } from '../../shared/handout/renderHtml';
import type { Device } from './teamDevices';
import {
  changeFiles,
  changesIn,
  noteTitled,
  openDevice,
  sharedFolder,
  sharedNote,
} from './teamDevices';

const longDate = (iso: string | null | undefined, locale: string): string =>
  new Date(iso ?? '').toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph of the DOCX's document.xml, as Word shows it. */
function docxParagraphs(file: string): string[] {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
  return xml
    .split('</w:p>')
    .map((p) =>
      decodeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    );
}

const exportedNone = { title: '', subtitle: '', intro: '', items: [] };

async function exportAll(device: Device, title: string, language: 'da' | 'en' = 'da') {
  const handout = device.services.handouts.list().find((h) => h.title === title);
  if (!handout) throw new Error(`${device.name} has no handout "${title}"`);
  const out = sharedFolder();
  const file = async (format: 'docx' | 'md' | 'html') =>
    (
      await device.services.handouts.exportTo(handout, format, path.join(out, `h.${format}`), {
        language,
      })
    ).path;
  const docx = await file('docx');
  return {
    docx: docxParagraphs(docx),
    md: fs.readFileSync(await file('md'), 'utf8'),
    html: fs.readFileSync(await file('html'), 'utf8'),
  };
}

function anneSharesAHandout(folder: string) {
  const anne = openDevice('Anne Holm', folder);
  const noteId = sharedNote(anne, 'Erfaringer fra styregruppen', 'Korte møder.');
  const privateNote = anne.services.notes.create({ title: 'Mine egne tanker', body: 'Kun mine.' });
  const handout = anne.services.handouts.create({
    title: 'Workshop',
    items: [
      { kind: 'note', ref: noteId, comment: '' },
      { kind: 'note', ref: privateNote.id, comment: '' },
    ],
  });
  anne.team.setShared('handout', [handout.id], true);
  anne.team.sync();
  return { anne, handout };
}

describe('a handout citing a colleague’s shared note', () => {
  it('names Anne as the note’s author in Bo’s DOCX, Markdown, HTML and PDF exports', async () => {
    const folder = sharedFolder();
    const { anne } = anneSharesAHandout(folder);
    const bo = openDevice('Bo Lind', folder);
    bo.team.sync();
    // The private note never reached Bo; his copy of the handout keeps it as a missing item.
    const onBo = noteTitled(bo, 'Erfaringer fra styregruppen');
    const changedAt = bo.team.authorship('note').find((a) => a.localId === onBo?.id)?.changedAt;
    const line = `Note af Anne Holm, senest ændret ${longDate(changedAt, 'da-DK')}`;
    expect(line).toMatch(/senest ændret \d{1,2}\. [a-zæøå]+ \d{4}$/);

    const exported = await exportAll(bo, 'Workshop');
    expect(exported.docx).toContain(line);
    expect(exported.md).toContain(`_${line}_`);
    expect(exported.html).toContain(`<p class="meta byline">${line}</p>`);
    // The PDF is printed from that HTML by the browser engine: read it back as text.
    const handout = bo.services.handouts.list().find((h) => h.title === 'Workshop');
    const html = renderHandoutHtml(bo.services.handouts.resolve(handout ?? exportedNone));
    const pdf = path.join(sharedFolder(), 'h.pdf');
    fs.writeFileSync(pdf, await chromiumPdfRenderer(html, { title: 'Workshop', lang: 'da' }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8');
    expect(text.replace(/\s+/g, ' ')).toContain(line);

    // On Anne's own machine the private note is in the handout, with no byline of its own.
    const own = await exportAll(anne, 'Workshop');
    expect(own.md).toContain('Mine egne tanker');
    expect(own.md.match(/Note af /g)).toHaveLength(1);
    expect(own.docx.filter((p) => p.startsWith('Note af '))).toHaveLength(1);

    // Made private again, the note is the user's own: no byline.
    anne.team.setShared('note', [noteTitled(anne, 'Erfaringer fra styregruppen')?.id ?? ''], false);
    const unshared = await exportAll(anne, 'Workshop');
    expect(unshared.md).not.toContain('Note af');
    expect(unshared.html).not.toContain('byline');
  });

  it('says who changed the note last, in the export language', async () => {
    const folder = sharedFolder();
    const { anne } = anneSharesAHandout(folder);
    const bo = openDevice('Bo Lind', folder);
    bo.team.sync();
    const onBo = noteTitled(bo, 'Erfaringer fra styregruppen');
    bo.services.notes.update({ id: onBo?.id ?? '', body: 'Korte møder, og referat samme dag.' });
    bo.team.sync();
    anne.team.sync();
    const changedAt = anne.team.authorship('note')[0]?.changedAt;

    const english = await exportAll(anne, 'Workshop', 'en');
    const line = `Note by Anne Holm, last changed by Bo Lind on ${longDate(changedAt, 'en-GB')}`;
    expect(english.docx).toContain(line);
    expect(english.md).toContain(line);
    expect(english.html).toContain(line);
  });
});

/** The change files in `folder` whose change is of `kind` (line 2 names it). */
function filesOfKind(folder: string, kind: 'note' | 'handout'): string[] {
  return changeFiles(folder).filter((name) => {
    const change = fs.readFileSync(path.join(changesIn(folder), name), 'utf8').split('\n')[1];
    return (JSON.parse(change ?? '{}') as { kind?: string }).kind === kind;
  });
}

function deliver(from: string, to: string, names: string[]): void {
  for (const name of names) {
    fs.copyFileSync(path.join(changesIn(from), name), path.join(changesIn(to), name));
  }
}

describe('a store that never joined a team library', () => {
  it('exports a handout with notes, without bylines and without creating the team tables', async () => {
    const carl = openDevice('Carl');
    const note = carl.services.notes.create({ title: 'Egen note', body: 'Tekst.' });
    carl.services.handouts.create({
      title: 'Alene',
      items: [{ kind: 'note', ref: note.id, comment: '' }],
    });
    const exported = await exportAll(carl, 'Alene');
    expect(exported.md).toContain('Egen note');
    expect(exported.md).not.toContain('Note af');
    const tables = carl.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'team_%'")
      .all();
    expect(tables).toEqual([]);
  });
});

describe('a handout that arrives before the note it cites', () => {
  it('points at the note once the note arrives, and shows its author', async () => {
    // Anne and Bo each see their own copy of the folder; a sync tool delivers the files.
    const anneFolder = sharedFolder();
    const boFolder = sharedFolder();
    anneSharesAHandout(anneFolder);
    const bo = openDevice('Bo Lind', boFolder);

    deliver(anneFolder, boFolder, filesOfKind(anneFolder, 'handout'));
    expect(bo.team.sync()).toMatchObject({ received: 1, applied: 1 });
    const early = bo.services.handouts.list().find((h) => h.title === 'Workshop');
    expect(bo.services.handouts.resolve(early ?? exportedNone).items[0]).toMatchObject({
      kind: 'missing',
    });

    deliver(anneFolder, boFolder, filesOfKind(anneFolder, 'note'));
    expect(bo.team.sync()).toMatchObject({ received: 1, written: 0 });
    const note = noteTitled(bo, 'Erfaringer fra styregruppen');
    const handout = bo.services.handouts.list().find((h) => h.title === 'Workshop');
    expect(handout?.items[0]).toEqual({ kind: 'note', ref: note?.id, comment: '' });
    const exported = await exportAll(bo, 'Workshop');
    expect(exported.md).toContain('Erfaringer fra styregruppen');
    expect(exported.md).toContain('Note af Anne Holm');
    // The re-pointed reference is no edit of Bo's: nothing is written back to the folder.
    expect(bo.team.sync()).toMatchObject({ written: 0, received: 0 });
    expect(bo.team.status().waiting).toBe(0);
  });
});
