// The handout service on a real notes database (migration v3 of samspil.db) in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { Note } from '../../shared/notes/types';
import { openNotesStore } from '../../electron/services/storeServices';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import { fixtureContent } from './fixtureContent';

let dataDir: string;
/** Exports go outside the data folder (they are refused inside it). */
let outDir: string;
let notes: ReturnType<typeof openNotesStore>;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-handouts-'));
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-handouts-ud-'));
  notes = openNotesStore({ dataDir });
});
afterEach(() => {
  notes.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

const service = () => createHandoutService({ db: notes.db, content: fixtureContent(), notes });

const items = [
  { kind: 'quote' as const, ref: 'citat-kontrakt', comment: 'Hvem hæfter?' },
  { kind: 'factor' as const, ref: 'relation-tillid', comment: '' },
  { kind: 'section' as const, ref: 'grow-your-life/formalisering', comment: '' },
];

describe('handout store', () => {
  it('creates, reads back after reopening the database, and lists newest first', async () => {
    const first = service().create({ title: 'Første', intro: 'Intro med *æøå*', items });
    await new Promise((r) => setTimeout(r, 5));
    const second = service().create({ title: 'Anden' });
    notes.close();
    notes = openNotesStore({ dataDir });
    const reopened = service();
    expect(reopened.get(first.id)).toEqual(first);
    expect(reopened.list().map((h) => h.title)).toEqual(['Anden', 'Første']);
    expect(reopened.get(second.id).items).toEqual([]);
  });

  it('renames and reorders, keeping the other fields', () => {
    const s = service();
    const created = s.create({ title: 'Workshop', subtitle: 'Dag 1', items });
    const renamed = s.update(created.id, { title: 'Workshop i Fredericia' });
    expect(renamed).toMatchObject({ title: 'Workshop i Fredericia', subtitle: 'Dag 1', items });
    const reordered = s.update(created.id, { items: [...items].reverse() });
    expect(s.get(created.id).items.map((i) => i.ref)).toEqual(reordered.items.map((i) => i.ref));
    expect(s.get(created.id).items[0]?.ref).toBe('grow-your-life/formalisering');
  });

  it('duplicates with a new id and its own items', () => {
    const s = service();
    const original = s.create({ title: 'Original', items });
    const copy = s.duplicate(original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy.title).toBe('Original (kopi)');
    s.update(copy.id, { items: [] });
    expect(s.get(original.id).items).toEqual(items);
  });

  it('deletes a handout with its items', () => {
    const s = service();
    const h = s.create({ title: 'Væk', items });
    s.delete(h.id);
    expect(() => s.get(h.id)).toThrow(/findes ingen handout/);
    const left = notes.db.prepare('SELECT count(*) AS n FROM handout_items').get() as { n: number };
    expect(left.n).toBe(0);
    expect(() => s.delete(h.id)).toThrow(ApiError);
  });

  it.each([
    [{ title: '   ' }, /titlen mangler/],
    [{ title: 'x', items: [{ kind: 'billede', ref: 'a', comment: '' }] }, /kind/],
    [{ title: 'x'.repeat(501) }, /500/],
  ])('refuses bad input %j with a message that says what is wrong', (input, message) => {
    const s = service();
    expect(() => s.create(input as never)).toThrow(message);
    expect(s.list()).toEqual([]);
  });
});

describe('resolving items', () => {
  it('keeps dropped content and deleted notes as explained placeholders', () => {
    const note: Note = notes.create({ title: 'Min note', body: 'Tekst' });
    const s = service();
    const h = s.create({
      title: 'Med huller',
      items: [
        { kind: 'quote', ref: 'citat-findes-ikke', comment: 'stadig her' },
        { kind: 'note', ref: note.id, comment: '' },
        { kind: 'factor', ref: 'citat-kontrakt', comment: '' },
        { kind: 'note', ref: 'ikke-en-uuid', comment: '' },
      ],
    });
    expect(s.resolve(h).items.map((i) => i.kind)).toEqual([
      'missing',
      'note',
      'missing',
      'missing',
    ]);
    notes.delete([note.id], { confirm: true });
    const html = s.renderHtml(s.get(h.id));
    expect(html).toContain(
      'Indholdet med id »citat-findes-ikke« findes ikke længere i denne version af Samspil',
    );
    expect(html).toContain(`Indholdet med id »${note.id}«`);
    expect(html).toContain('stadig her');
    const body = s.renderBodyHtml(s.get(h.id));
    expect(body).toMatch(/^<article class="handout">/);
    expect(html).toContain(body);
  });

  it('cites the source of every quote', () => {
    const s = service();
    const model = s.resolve({ title: 't', subtitle: '', intro: '', items: items.slice(0, 1) });
    expect(model.items[0]).toMatchObject({
      kind: 'quote',
      citation: expect.stringContaining('VIVE (2018)'),
    });
    expect(model.sources.map((x) => x.id)).toEqual(['kilde-test']);
  });
});

describe('exports', () => {
  it('writes atomically: the file appears whole and no temp file stays behind', async () => {
    const s = service();
    const h = s.create({ title: 'Eksport', items });
    const out = path.join(outDir, 'ud');
    fs.mkdirSync(out);
    for (const format of ['html', 'md', 'docx'] as const) {
      const file = path.join(out, `handout.${format}`);
      fs.writeFileSync(file, 'gammel');
      const { path: written } = await s.exportTo(h, format, file, { overwrite: true });
      expect(written).toBe(file);
      expect(fs.readFileSync(file).length).toBeGreaterThan(100);
    }
    expect(fs.readdirSync(out).sort()).toEqual(['handout.docx', 'handout.html', 'handout.md']);
  });

  it('says clearly when no PDF renderer is there, and leaves the old file alone', async () => {
    const s = service();
    const h = s.create({ title: 'PDF' });
    const file = path.join(outDir, 'h.pdf');
    fs.writeFileSync(file, 'gammel');
    await expect(s.exportTo(h, 'pdf', file, { overwrite: true })).rejects.toMatchObject({
      code: 'unavailable',
      issues: [{ code: 'pdf-unavailable' }],
    });
    expect(fs.readFileSync(file, 'utf8')).toBe('gammel');
  });

  it('names the folder when it cannot write', async () => {
    const s = service();
    const h = s.create({ title: 'x' });
    const file = path.join(outDir, 'findes-ikke', 'h.md');
    await expect(s.exportTo(h, 'md', file)).rejects.toThrow(/Kunne ikke skrive .*findes-ikke/);
  });
});
