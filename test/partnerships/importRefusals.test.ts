// A bad partnerships file is refused with the place named, and nothing changes: a table of files.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNotesStore } from '../../electron/services/storeServices';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import {
  createPartnershipsService,
  type PartnershipsService,
} from '../../electron/services/partnerships/partnershipsService';
import { tempDir } from '../store/fixtures';
import { realContent } from './realContent';

let dir = '';
let notes: ReturnType<typeof openNotesStore>;
let service: PartnershipsService;

beforeEach(() => {
  dir = tempDir('samspil-prefuse-');
  notes = openNotesStore({ dataDir: path.join(dir, 'data') });
  const content = realContent();
  const handouts = createHandoutService({ db: notes.db, content, notes });
  service = createPartnershipsService({ db: notes.db, content, notes, handouts });
});
afterEach(() => {
  notes.close();
  if (dir.includes('samspil-prefuse-')) fs.rmSync(dir, { recursive: true, force: true });
});

const ID = '11111111-1111-4111-8111-111111111111';
const A1 = '22222222-2222-4222-8222-222222222222';
const good = () => ({
  format: 'samspil-partnerskaber',
  version: 1,
  exportedAt: '2026-01-01T00:00:00.000Z',
  partnerships: [
    {
      id: ID,
      name: 'Fra filen',
      partners: [{ name: 'Kommunen', sector: 'kommune' }],
      periodStart: null,
      periodEnd: null,
      targetGroup: '',
      purpose: '',
      migratedFrom: null,
      noteIds: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      assessments: [
        {
          id: A1,
          factorId: 'struktur-legitimitet',
          status: 'styrke',
          comment: '',
          date: '2026-01-01',
          recordedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    },
  ],
});
type File = ReturnType<typeof good>;
type P = File['partnerships'][number];

const cases: { name: string; change: (f: File) => unknown; where: RegExp }[] = [
  { name: 'not JSON', change: () => '{ nej', where: /ikke gyldig JSON/ },
  { name: 'a notes file', change: (f) => ({ ...f, format: 'samspil-notes' }), where: /format/ },
  { name: 'a newer version', change: (f) => ({ ...f, version: 2 }), where: /version/ },
  {
    name: 'a missing name',
    change: (f) => (((f.partnerships[0] as P).name = ' '), f),
    where: /partnerships\[0\]\.name/,
  },
  {
    name: 'an unknown sector',
    change: (f) => (
      (((f.partnerships[0] as P).partners[0] as { sector: string }).sector = 'kirke'),
      f
    ),
    where: /partnerships\[0\]\.partners\[0\]\.sector/,
  },
  {
    name: 'an unknown status',
    change: (f) => (
      (((f.partnerships[0] as P).assessments[0] as { status: string }).status = 'god'),
      f
    ),
    where: /partnerships\[0\]\.assessments\[0\]\.status/,
  },
  {
    name: 'a bad date',
    change: (f) => (
      (((f.partnerships[0] as P).assessments[0] as { date: string }).date = '1/2/2026'),
      f
    ),
    where: /partnerships\[0\]\.assessments\[0\]\.date/,
  },
  {
    name: 'an unknown factor',
    change: (f) => (
      (((f.partnerships[0] as P).assessments[0] as { factorId: string }).factorId = 'x-y'),
      f
    ),
    where: /partnerships\[0\]\.assessments\[0\]\.factorId.*x-y/,
  },
  {
    name: 'a duplicate partnership',
    change: (f) => ({
      ...f,
      partnerships: [f.partnerships[0], { ...f.partnerships[0], assessments: [] }],
    }),
    where: /partnerships\[1\]\.id/,
  },
  {
    name: 'an extra field',
    change: (f) => (((f.partnerships[0] as P as Record<string, unknown>).secret = 1), f),
    where: /partnerships\[0\]/,
  },
];

const backups = (): number => {
  const folder = path.join(dir, 'data', 'backups');
  return fs.existsSync(folder) ? fs.readdirSync(folder).length : 0;
};

describe('partnerships import refusals', () => {
  for (const { name, change, where } of cases) {
    it(`refuses ${name}, changing nothing`, () => {
      const existing = service.create({ name: 'Min egen' });
      const before = backups();
      const file = path.join(dir, 'bad.json');
      const data = change(good());
      fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
      expect(() => service.importFile(file)).toThrow(where);
      expect(service.list()).toEqual([service.get(existing.id)]);
      expect(backups()).toBe(before);
    });
  }

  it('accepts the good file (so the table tests what it says)', () => {
    const file = path.join(dir, 'good.json');
    fs.writeFileSync(file, JSON.stringify(good()));
    expect(service.importFile(file)).toMatchObject({ added: 1, assessmentsAdded: 1 });
  });
});
