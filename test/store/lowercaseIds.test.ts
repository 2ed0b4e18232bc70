// Migration v5 (issue 12, item 18): note ids stored in capitals become lower case with their
// tags, links and handout references; a capitalised twin of an existing id keeps its note under
// a new id.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openNotesStore } from '../../electron/services/storeServices';
import { fixtureNotes, makeDbAtVersion, tempDirsRemovedAfterEach } from './fixtures';

const dataDir = tempDirsRemovedAfterEach();
const KNOWN = new Set(['relation-gensidig-tillid', 'struktur-kontrakt']);

describe('migration v5: lower-case note ids', () => {
  it('lower-cases stored ids, keeps tags, links and handout items, and keeps both twins', () => {
    const dir = dataDir();
    const file = path.join(dir, 'samspil.db');
    const [a, b, c] = fixtureNotes(3).map((n, i) => ({
      ...n,
      id: `abcdef0${i}-0000-4000-8000-00000000000${i}`,
    })) as [
      ReturnType<typeof fixtureNotes>[0],
      ReturnType<typeof fixtureNotes>[0],
      ReturnType<typeof fixtureNotes>[0],
    ];
    const upperA = { ...a, id: a.id.toUpperCase(), title: 'Tvilling i versaler' };
    const upperB = { ...b, id: b.id.toUpperCase() };
    makeDbAtVersion(file, 4, [a, upperA, upperB, c]);
    const raw = new Database(file);
    raw
      .prepare(
        "INSERT INTO handout_items (handout_id, position, kind, ref) VALUES ('h1', 1, 'note', :ref)",
      )
      .run({ ref: upperB.id });
    raw.close();

    const store = openNotesStore({ dataDir: dir, knownFactorIds: KNOWN });
    const listed = store.list();
    store.close();
    expect(listed).toHaveLength(4);
    for (const note of listed) expect(note.id).toBe(note.id.toLowerCase());
    expect(listed.find((n) => n.id === b.id)).toMatchObject({ factors: b.factors, links: b.links });
    const twin = listed.find((n) => n.title === 'Tvilling i versaler');
    expect(twin?.id).not.toBe(a.id);
    expect(listed.find((n) => n.id === a.id)?.title).toBe(a.title);

    const db = new Database(file, { readonly: true });
    const ref = db.prepare("SELECT ref FROM handout_items WHERE kind = 'note'").get() as {
      ref: string;
    };
    expect(ref.ref).toBe(b.id);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
