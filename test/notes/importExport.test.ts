import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { Note } from '../../shared/notes/types';
import { openNotesStore } from '../../electron/services/storeServices';
import { EXPORT_MARKER } from '../../electron/services/notes/noteExport';
import { tempDir } from '../store/fixtures';

const KNOWN = new Set(['struktur-kontrakt', 'relation-gensidig-tillid']);
let dir = '';
let store: ReturnType<typeof openNotesStore>;
beforeEach(() => {
  dir = tempDir('samspil-io-');
  store = openNotesStore({ dataDir: path.join(dir, 'data'), knownFactorIds: KNOWN });
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function seed(): Note[] {
  return [
    store.create({
      title: 'Kontrakt med aftenskolen',
      body: '# Aftale\n\n- Økonomi\n- "Citat": ja',
      partnership: 'Vores partnerskab',
      organisations: ['Aftenskolen', 'Kommunen'],
      aboutDate: '2026-02-03',
      factors: ['struktur-kontrakt'],
      links: ['citat-aftenskole-kontrakt'],
    }),
    store.create({
      title: 'Tillid: første møde',
      body: 'Vi mødtes.',
      factors: ['relation-gensidig-tillid'],
    }),
  ];
}

function writeFile(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe('export', () => {
  it('writes a versioned JSON file that imports into another store unchanged', () => {
    const notes = seed();
    const file = path.join(dir, 'ud', 'noter.json');
    expect(store.exportJson(file)).toEqual({ path: file, count: 2 });
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(data).toMatchObject({ format: 'samspil-notes', version: 1 });
    const other = openNotesStore({ dataDir: path.join(dir, 'other'), knownFactorIds: KNOWN });
    expect(other.importFile(file)).toEqual({ added: 2, updated: 0, skipped: 0, backup: null });
    expect(other.list().sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...notes].sort((a, b) => a.id.localeCompare(b.id)),
    );
    other.close();
    expect(fs.readdirSync(path.join(dir, 'ud'))).toEqual(['noter.json']);
  });

  it('exports a selection, and refuses unknown ids', () => {
    const [first] = seed();
    const file = path.join(dir, 'en.json');
    expect(store.exportJson(file, [first!.id]).count).toBe(1);
    expect(() =>
      store.exportJson(file, ['11111111-1111-4111-8111-111111111111'], { overwrite: true }),
    ).toThrow(/Ukendt note/);
  });

  it('writes a folder of readable Markdown files with front matter', () => {
    const notes = seed();
    const folder = path.join(dir, 'markdown');
    expect(store.exportMarkdown(folder).count).toBe(2);
    const files = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(files[0]).toMatch(/^2026-02-03-kontrakt-med-aftenskolen-[0-9a-f]{8}\.md$/);
    const parsed = matter(fs.readFileSync(path.join(folder, files[0] as string), 'utf8'));
    expect(parsed.data).toMatchObject({
      id: notes[0]!.id,
      title: 'Kontrakt med aftenskolen',
      organisations: ['Aftenskolen', 'Kommunen'],
      factors: ['struktur-kontrakt'],
    });
    expect(parsed.content.trim()).toBe(notes[0]!.body);
    // A second export replaces the first; a folder that is not an export is never touched.
    store.delete([notes[1]!.id]);
    expect(store.exportMarkdown(folder, undefined, { overwrite: true }).count).toBe(1);
    expect(fs.readdirSync(folder).sort()).toHaveLength(2);
    const mine = path.join(dir, 'mine');
    fs.mkdirSync(mine);
    fs.writeFileSync(path.join(mine, 'vigtigt.txt'), 'x');
    expect(() => store.exportMarkdown(mine)).toThrow(/ikke en tidligere eksport/);
    expect(fs.readdirSync(mine)).toEqual(['vigtigt.txt']);
    expect(fs.existsSync(path.join(folder, EXPORT_MARKER))).toBe(true);
  });
});

describe('import', () => {
  it('lets the newer updatedAt win for notes already present, and reports it', () => {
    const [a, b] = seed();
    const file = path.join(dir, 'noter.json');
    store.exportJson(file);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    data.notes[0].title = 'Nyere titel';
    data.notes[0].updatedAt = '2099-01-01T00:00:00.000Z';
    data.notes[1].title = 'Ældre titel';
    data.notes[1].updatedAt = '2000-01-01T00:00:00+02:00';
    data.notes.push({ ...data.notes[1], id: '22222222-2222-4222-8222-222222222222' });
    const report = store.importFile(writeFile('ændret.json', data));
    expect(report).toMatchObject({ added: 1, updated: 1, skipped: 1 });
    expect(store.listBackups().find((x) => x.name === report.backup)?.reason).toBe('import');
    const byId = new Map(store.list().map((n) => [n.id, n]));
    const newer = data.notes[0].id === a!.id ? a! : b!;
    const older = newer === a ? b! : a!;
    expect(byId.get(newer.id)?.title).toBe('Nyere titel');
    expect(byId.get(older.id)?.title).toBe(older.title);
    expect(byId.get('22222222-2222-4222-8222-222222222222')?.updatedAt).toBe(
      '1999-12-31T22:00:00.000Z',
    );
  });

  it('keeps the stored note when the file has the same updatedAt (only a newer one wins)', () => {
    const [a] = seed();
    const file = path.join(dir, 'samme.json');
    store.exportJson(file);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    const entry = data.notes.find((n: { id: string }) => n.id === a!.id);
    entry.title = 'Samme tid, anden titel';
    const report = store.importFile(writeFile('samme-tid.json', data));
    expect(report).toMatchObject({ added: 0, updated: 0, skipped: data.notes.length });
    expect(store.get(a!.id).title).toBe(a!.title);
  });

  it('replace mode trashes notes missing from the file, with confirmation over half', () => {
    seed();
    const empty = writeFile('tom.json', {
      format: 'samspil-notes',
      version: 1,
      exportedAt: new Date().toISOString(),
      notes: [],
    });
    const error = (() => {
      try {
        store.importFile(empty, { mode: 'replace' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('needs-confirmation');
    expect(store.list()).toHaveLength(2);
    const report = store.importFile(empty, { mode: 'replace', confirm: true });
    expect(report).toMatchObject({ added: 0, trashed: 2 });
    expect(report.backup).not.toBeNull();
    expect(store.list()).toEqual([]);
  });

  it.each([
    ['not JSON', '{"format": "samspil-notes", "notes": [', /ikke gyldig JSON/],
    [
      'wrong format',
      { format: 'andet', version: 1, exportedAt: '2026-01-01T00:00:00Z', notes: [] },
      /^Importfilen afvises; format: /,
    ],
    [
      'a missing title',
      {
        format: 'samspil-notes',
        version: 1,
        exportedAt: '2026-01-01T00:00:00Z',
        notes: [{ id: 'x' }],
      },
      /^Importfilen afvises; notes\[0\]\.id: /,
    ],
  ])('refuses %s with where and what', (_label, content, message) => {
    seed();
    const before = store.list();
    expect(() => store.importFile(writeFile('dårlig.json', content))).toThrow(message);
    expect(store.list()).toEqual(before);
  });

  it('refuses a missing file with not-found', () => {
    const missing = path.join(dir, 'findes-ikke.json');
    expect(() => store.importFile(missing)).toThrow(
      expect.objectContaining({ code: 'not-found', message: expect.stringContaining(missing) }),
    );
  });
});
