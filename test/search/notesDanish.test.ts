// Notes get the same Danish search as the bundled content: typo tolerance, the lexicon, compounds,
// prefix matching while typing, and ranking that counts partial matches (a real notes store in a
// temp folder, merged by the real search service).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotesStore } from '../../electron/services/storeServices';
import type { NotesStore, SearchService } from '../../electron/services/serviceTypes';
import type { Note } from '../../shared/notes/types';
import { RANKED_WINDOW } from '../../electron/services/notes/noteSearch';
import { expandQuery } from '../../electron/services/search/expandQuery';
import { loadIndex } from '../../electron/services/search/loadIndex';
import { noteTermQuery } from '../../electron/services/search/noteTermQuery';
import { parseQuery } from '../../electron/services/search/parseQuery';
import { realCorpus, realSearch } from './realCorpus';

let dir = '';
let store: NotesStore;
let search: SearchService;
const notes: Record<string, Note> = {};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-notes-danish-'));
  store = openNotesStore({ dataDir: dir });
  const add = (key: string, title: string, body: string) =>
    (notes[key] = store.create({ title, body }));
  add('trust', 'Møde om tillid', 'Tilliden voksede, da vi lærte hinanden at kende.');
  add('courses', 'Efterårets kurser', 'Vi planlagde tre kurser sammen med aftenskolen.');
  add('took', 'Hvem deltog', 'Fire borgere deltog i workshoppen.');
  add('daycare', 'Besøg', 'Vi besøgte et dagtilbud i Vejle og Venskabsforeningen.');
  add('contract', 'Aftalen', 'Kontrakten blev underskrevet i juni.');
  add('both', 'Tillid og kontrakt', 'Tillid kom før kontrakten.');
  search = realSearch(store).search;
});
afterAll(() => {
  store?.close();
  if (dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
});

const noteIds = (q: string): string[] =>
  search.query({ q, kinds: ['note'], limit: 50 }).hits.map((h) => h.id);

describe('notes in the Danish search', () => {
  it.each([
    { q: 'tilid ', note: 'trust', why: 'a typo' },
    { q: 'kursus ', note: 'courses', why: 'the lexicon (kursus/kurser)' },
    { q: 'deltage ', note: 'took', why: 'the lexicon (deltage/deltog)' },
    { q: 'tilbud ', note: 'daycare', why: 'a compound that ends with the word (dagtilbud)' },
    { q: 'forening ', note: 'daycare', why: 'a compound (Venskabsforeningen)' },
    { q: 'trust ', note: 'trust', why: 'the English glossary' },
    { q: 'kontr', note: 'contract', why: 'a prefix while typing' },
    { q: 'ti', note: 'trust', why: 'a short prefix while typing (capped completions)' },
  ])('"$q" finds the note through $why', ({ q, note }) => {
    expect(noteIds(q)).toContain(notes[note]?.id);
  });

  it('finds notes that hold some of the words, below the notes that hold all', () => {
    const ids = noteIds('tillid kontrakt ');
    expect(ids[0]).toBe(notes['both']?.id);
    expect(ids).toContain(notes['trust']?.id);
    expect(ids).toContain(notes['contract']?.id);
  });

  it('marks the compound in the note as found', () => {
    const hit = search.query({ q: 'tilbud ', kinds: ['note'] }).hits[0];
    const marked = hit?.snippetSpans.map((s) => hit.snippet.slice(s.start, s.end));
    expect(marked).toContain('dagtilbud');
  });
});

describe('notes search at scale', () => {
  const { index } = realCorpus();
  const loaded = loadIndex(index);
  const termQuery = (q: string) =>
    noteTermQuery(
      expandQuery(parseQuery(q, loaded.glossary, loaded.stemmer), loaded),
      loaded.lexiconForms,
      /[\p{L}\p{N}]$/u.test(q),
    );

  it.each(['n', 'ti', 'til'])(
    'bounds a short prefix ("%s") to capped completions, never a raw FTS prefix',
    (q) => {
      const [slot] = termQuery(q).slots;
      expect(slot?.prefixes).toEqual([]);
      expect(slot?.terms.length).toBeGreaterThan(0);
      expect(slot?.terms.length).toBeLessThanOrEqual(13);
    },
  );

  it('completes a longer word being typed with an FTS prefix of the word and of its stem', () => {
    expect(termQuery('frivillig').slots[0]?.prefixes).toEqual(['frivillig', 'frivil']);
    expect(termQuery('frivillig ').slots[0]?.prefixes).toEqual([]);
  });

  it('ranks only the newest matches of a query that matches most notes', () => {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-notes-window-'));
    const big = openNotesStore({ dataDir: many });
    try {
      for (let i = 0; i < RANKED_WINDOW + 50; i++)
        big.create({ title: `Note ${i}`, body: 'tillid' });
      const rows = big.searchNotes({ slots: [{ terms: ['tillid'], prefixes: [] }] }, 5000);
      expect(rows.length).toBe(RANKED_WINDOW);
      const oldest = big.list({ limit: 5000 }).at(-1);
      expect(rows.map((r) => r.note.id)).not.toContain(oldest?.id);
    } finally {
      big.close();
      if (many.startsWith(os.tmpdir())) fs.rmSync(many, { recursive: true, force: true });
    }
  });
});
