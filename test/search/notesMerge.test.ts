// Notes from the real notes store (SQLite FTS5 in a temp folder) merged into the content ranking.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotesStore } from '../../electron/services/storeServices';
import type { NotesStore, SearchService } from '../../electron/services/serviceTypes';
import type { Note } from '../../shared/notes/types';
import { realSearch } from './realCorpus';

let dir: string;
let store: NotesStore;
let search: SearchService;
let trustNote: Note;
let passingNote: Note;
let linkedNote: Note;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-search-notes-'));
  const { content } = realSearch();
  store = openNotesStore({ dataDir: dir, knownFactorIds: content.factorIds() });
  trustNote = store.create({
    title: 'Tillid i vores styregruppe',
    body: 'Tillid mellem partnerne kom først, da vi havde talt om tillid og forventninger.',
    partnership: 'Partnerskabet i Vejle',
    factors: ['relation-gensidig-tillid-respekt-forstaaelse'],
  });
  passingNote = store.create({
    title: 'Referat fra mødet i marts',
    body: `${'Vi talte om budget, lokaler, transport og næste workshop. '.repeat(30)}Også lidt om tillid.`,
    factors: ['struktur-formelle-rammer-oekonomi'],
  });
  linkedNote = store.create({
    title: 'Museumsbesøget',
    body: 'Kontrakten med kunstmuseet var klar før første besøg.',
    links: ['citat-klar-rolle-og-oekonomi'],
  });
  search = realSearch(store).search;
});

afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('notes merged into the ranked list', () => {
  it('ranks a note about the word among the best content hits, with highlighted spans', () => {
    const response = search.query({ q: 'tillid', limit: 50 });
    const ids = response.hits.map((h) => h.id);
    const at = ids.indexOf(trustNote.id);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(5);
    const hit = response.hits[at];
    expect(hit).toMatchObject({
      kind: 'note',
      match: 'exact',
      partnership: 'Partnerskabet i Vejle',
    });
    expect(hit?.titleSpans.map((s) => hit.title.slice(s.start, s.end))).toEqual(['Tillid']);
    expect(response.facets.kind.note).toBe(2);
  });

  it('puts a long note that mentions the word once below the entries about it', () => {
    const response = search.query({ q: 'tillid', limit: 50 });
    const ids = response.hits.map((h) => h.id);
    const passing = ids.indexOf(passingNote.id);
    expect(passing).toBeGreaterThan(ids.indexOf('paavirker-gensidig-tillid'));
    expect(passing).toBeGreaterThan(ids.indexOf(trustNote.id));
    // Same scale: the weak note scores below the strong note and the best factor.
    const score = (id: string) => response.hits.find((h) => h.id === id)?.score ?? 0;
    expect(score(passingNote.id)).toBeLessThan(score(trustNote.id));
    expect(score(passingNote.id)).toBeLessThan(score('paavirker-gensidig-tillid'));
  });

  it('applies word forms and the lexicon to notes too', () => {
    const ids = search.query({ q: 'kontrakt', limit: 50 }).hits.map((h) => h.id);
    expect(ids).toContain(linkedNote.id);
  });

  it('filters notes by their factor tags and factor groups', () => {
    const byFactor = search.query({
      q: 'tillid',
      factor: 'relation-gensidig-tillid-respekt-forstaaelse',
      limit: 50,
    });
    expect(byFactor.hits.map((h) => h.id)).toContain(trustNote.id);
    expect(byFactor.hits.map((h) => h.id)).not.toContain(passingNote.id);
    const structural = search.query({ q: 'tillid', factorGroup: 'structural', limit: 50 });
    expect(structural.hits.map((h) => h.id)).toContain(passingNote.id);
    expect(structural.hits.map((h) => h.id)).not.toContain(trustNote.id);
  });

  it('filters notes by partnership through the content they link to', () => {
    const kbh = search.query({ q: 'kontrakt', partnership: 'kulturformidling-kbh', limit: 50 });
    expect(kbh.hits.map((h) => h.id)).toContain(linkedNote.id);
    const gyl = search.query({ q: 'tillid', partnership: 'grow-your-life', limit: 50 });
    expect(gyl.hits.every((h) => h.kind !== 'note')).toBe(true);
  });

  it('shows only notes for kind note, and no notes when other kinds are asked for', () => {
    const onlyNotes = search.query({ q: 'tillid', kinds: ['note'] });
    expect(onlyNotes.hits.map((h) => h.id).sort()).toEqual([trustNote.id, passingNote.id].sort());
    const noNotes = search.query({ q: 'tillid', kinds: ['factor', 'quote'] });
    expect(noNotes.hits.some((h) => h.kind === 'note')).toBe(false);
  });

  it('finds notes with English glossary terms and with typos', () => {
    expect(search.query({ q: 'trust', kinds: ['note'] }).hits.map((h) => h.id)).toContain(
      trustNote.id,
    );
    expect(search.query({ q: 'tilid', kinds: ['note'] }).hits.map((h) => h.id)).toContain(
      trustNote.id,
    );
  });

  it('leaves out notes holding a -word', () => {
    const ids = search.query({ q: 'tillid -referat', kinds: ['note'] }).hits.map((h) => h.id);
    expect(ids).toContain(trustNote.id);
    expect(ids).not.toContain(passingNote.id);
  });

  it('keeps hostile input away from FTS5 syntax errors', () => {
    for (const q of ['"', 'NEAR(', 'tillid AND', '*', 'title:', '-', '^', '(((']) {
      expect(() => search.query({ q })).not.toThrow();
    }
  });
});
