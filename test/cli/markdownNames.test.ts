// Markdown export file names are unique (issue 12, item 18): two notes whose names collide (same
// date, same title, same start of the id) both land in the folder instead of blocking the export.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uniqueFileName } from '../../electron/services/notes/noteExport';
import { tempDir } from '../store/fixtures';
import { runCliCaptured } from './runCliCaptured';

let dir = '';
beforeEach(() => {
  dir = tempDir('samspil-mdnames-');
});
afterEach(() => {
  if (dir.includes('samspil-mdnames-')) fs.rmSync(dir, { recursive: true, force: true });
});

/** The data folder, beside the exports: an export never goes into the data folder. */
const dataDir = (): string => path.join(dir, 'data');

function note(id: string, body: string): Record<string, unknown> {
  return {
    id,
    title: 'Møde om tillid',
    body,
    partnership: null,
    organisations: [],
    aboutDate: '2024-03-01',
    createdAt: '2024-01-01T10:00:00.000Z',
    updatedAt: '2024-01-01T10:00:00.000Z',
    factors: [],
    links: [],
  };
}

describe('Markdown export names', () => {
  it('exports two notes whose names collide, each to its own file', async () => {
    const file = path.join(dir, 'import.json');
    const notes = [
      note('0f8fad5b-d9cb-469f-a165-70867728950e', 'første'),
      note('0f8fad5b-0000-4000-8000-000000000001', 'anden'),
    ];
    const data = { format: 'samspil-notes', version: 1, exportedAt: '2024-01-02T00:00:00Z' };
    fs.writeFileSync(file, JSON.stringify({ ...data, notes }));
    expect((await runCliCaptured(dataDir(), 'notes', 'import', file)).code).toBe(0);

    const folder = path.join(dir, 'md');
    const result = await runCliCaptured(
      dataDir(),
      'notes',
      'export',
      '--format',
      'markdown',
      '--out',
      folder,
    );
    expect(result.code).toBe(0);
    const files = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(files).toEqual([
      '2024-03-01-moede-om-tillid-0f8fad5b-2.md',
      '2024-03-01-moede-om-tillid-0f8fad5b.md',
    ]);
    const bodies = files.map((f) =>
      fs.readFileSync(path.join(folder, f), 'utf8').trim().split('\n').pop(),
    );
    expect(bodies.sort()).toEqual(['anden', 'første']);
  });

  it('compares names without case and counts on past a taken suffix', () => {
    const used = new Set<string>();
    expect(['a.md', 'A.md', 'a-2.md', 'a.md'].map((n) => uniqueFileName(n, used))).toEqual([
      'a.md',
      'A-2.md',
      'a-2-2.md',
      'a-3.md',
    ]);
  });
});
