// Property-based import fuzzing: malformed and hostile files are each refused with a clear
// message, and the store's content stays exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { openNotesStore } from '../../electron/services/storeServices';
import { DATA_TABLES } from '../../electron/services/store/migrations';
import { tempDir } from '../store/fixtures';

const KNOWN = new Set(['struktur-kontrakt', 'relation-gensidig-tillid']);
let dir = '';
let store: ReturnType<typeof openNotesStore>;
let valid: { notes: Record<string, unknown>[] } & Record<string, unknown>;

beforeAll(() => {
  dir = tempDir('samspil-fuzz-');
  store = openNotesStore({ dataDir: path.join(dir, 'data'), knownFactorIds: KNOWN });
  for (let i = 0; i < 3; i++) {
    store.create({
      title: `Note ${i}`,
      body: `Tekst ${i}`,
      organisations: ['A'],
      factors: ['struktur-kontrakt'],
      links: ['citat-x'],
    });
  }
  const file = path.join(dir, 'gyldig.json');
  store.exportJson(file);
  valid = JSON.parse(fs.readFileSync(file, 'utf8'));
  // The stored notes are newer than the file's, so a valid import would still change nothing:
  // make the file's notes newer and new, so that accepting one would be visible.
  valid.notes = valid.notes.map((n, i) => ({
    ...n,
    id: `33333333-3333-4333-8333-00000000000${i}`,
    updatedAt: '2099-01-01T00:00:00.000Z',
  }));
});
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function dump(): string {
  return DATA_TABLES.map((t) =>
    JSON.stringify(store.db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()),
  ).join('\n');
}

const FIELDS = [
  'id',
  'title',
  'body',
  'partnership',
  'organisations',
  'aboutDate',
  'createdAt',
  'updatedAt',
  'factors',
  'links',
] as const;
const notNull = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant({}),
  fc.constant([1]),
  fc.constant([{}]),
  fc.double(),
);
const clone = (): typeof valid => structuredClone(valid);
const json = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value));

const hostile: fc.Arbitrary<{ label: string; bytes: Uint8Array }>[] = [
  fc.record({ i: fc.nat(2), f: fc.constantFrom(...FIELDS), v: notNull }).map(({ i, f, v }) => {
    const file = clone();
    (file.notes[i] as Record<string, unknown>)[f] = v;
    return { label: `wrong type ${f}`, bytes: json(file) };
  }),
  fc.record({ i: fc.nat(2), f: fc.constantFrom(...FIELDS) }).map(({ i, f }) => {
    const file = clone();
    delete (file.notes[i] as Record<string, unknown>)[f];
    return { label: `missing ${f}`, bytes: json(file) };
  }),
  fc
    .record({ i: fc.nat(2), f: fc.constantFrom('title', 'body', 'partnership'), extra: fc.nat(50) })
    .map(({ i, f, extra }) => {
      const file = clone();
      const limit = f === 'body' ? 200_000 : 500;
      (file.notes[i] as Record<string, unknown>)[f] = 'æ'.repeat(limit + 1 + extra);
      return { label: `huge ${f}`, bytes: json(file) };
    }),
  fc
    .record({ at: fc.nat(), byte: fc.constantFrom(0xff, 0xfe, 0xc3, 0x80, 0xed) })
    .map(({ at, byte }) => {
      const text = Buffer.from(JSON.stringify(clone()));
      const quote = text.indexOf('"Note ') + 1 + (at % 5);
      const bytes = Buffer.concat([
        text.subarray(0, quote),
        Buffer.from([byte]),
        text.subarray(quote),
      ]);
      return { label: 'invalid UTF-8', bytes };
    }),
  fc.nat().map((at) => {
    const text = JSON.stringify(clone());
    return { label: 'truncated JSON', bytes: Buffer.from(text.slice(0, at % text.length)) };
  }),
  fc.record({ i: fc.nat(2), id: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/) }).map(({ i, id }) => {
    const file = clone();
    (file.notes[i] as { factors: string[] }).factors = [`ukendt-${id}`];
    return { label: 'unknown factor id', bytes: json(file) };
  }),
  fc.record({ i: fc.nat(2), j: fc.nat(2) }).map(({ i, j }) => {
    const file = clone();
    const copy = { ...(file.notes[i] as object) };
    file.notes.splice(j, 0, copy);
    return { label: 'duplicate id', bytes: json(file) };
  }),
  fc
    .record({ i: fc.nat(2), key: fc.constantFrom('__proto__', 'constructor', 'html', 'deletedAt') })
    .map(({ i, key }) => {
      const text = JSON.stringify(clone()).replace(
        `"id":"${(valid.notes[i] as { id: string }).id}"`,
        `"${key}":{"polluted":true},"id":"${(valid.notes[i] as { id: string }).id}"`,
      );
      return { label: `hostile key ${key}`, bytes: Buffer.from(text) };
    }),
  fc
    .record({
      i: fc.nat(2),
      f: fc.constantFrom('id', 'aboutDate', 'createdAt', 'updatedAt'),
      v: fc.string({ maxLength: 30 }),
    })
    .map(({ i, f, v }) => {
      const file = clone();
      (file.notes[i] as Record<string, unknown>)[f] = `x${v}`;
      return { label: `malformed ${f}`, bytes: json(file) };
    }),
  fc
    .oneof(
      fc.constant<unknown>([]),
      fc.constant<unknown>(null),
      fc.string(),
      fc.integer(),
      fc.record({ format: fc.string(), version: fc.integer(), notes: fc.constant([]) }),
    )
    .map((value) => ({ label: 'wrong top level', bytes: json(value) })),
  fc
    .record({ i: fc.nat(2), link: fc.string({ minLength: 1, maxLength: 20 }) })
    .map(({ i, link }) => {
      const file = clone();
      (file.notes[i] as { links: string[] }).links = [`<script>${link}`];
      return { label: 'bad link id', bytes: json(file) };
    }),
];

describe('import fuzz', () => {
  it(
    'refuses 500+ malformed or hostile files and leaves the store unchanged',
    { timeout: 120_000 },
    () => {
      const before = dump();
      const backups = store.listBackups().length;
      const file = path.join(dir, 'fuzz.json');
      const labels = new Map<string, number>();
      fc.assert(
        fc.property(fc.oneof(...hostile), ({ label, bytes }) => {
          fs.writeFileSync(file, bytes);
          let error: unknown;
          try {
            store.importFile(file);
          } catch (e) {
            error = e;
          }
          expect(error, label).toBeInstanceOf(ApiError);
          expect((error as ApiError).code).toBe('invalid-input');
          expect((error as ApiError).message).toMatch(/^Importfilen afvises/);
          labels.set(
            label.split(' ')[0] as string,
            (labels.get(label.split(' ')[0] as string) ?? 0) + 1,
          );
        }),
        { numRuns: 550 },
      );
      expect(dump()).toBe(before);
      expect(store.listBackups()).toHaveLength(backups);
      console.log('import fuzz cases', Object.fromEntries(labels));
    },
  );

  it('accepts the unmutated file (so the refusals above are about the mutations)', () => {
    const file = path.join(dir, 'ok.json');
    fs.writeFileSync(file, JSON.stringify(valid));
    expect(store.importFile(file)).toMatchObject({ added: 3 });
  });
});
