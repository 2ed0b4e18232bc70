// Search by author (issue 18) through the real services: two devices, each with its own SQLite
// store in a temp folder, on one shared folder. Anne shares, Bo syncs, Bo searches for Anne.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadContentService,
  loadSearchIndex,
} from '../../electron/services/content/contentService';
import { createSearchService } from '../../electron/services/search/searchService';
import { openServices, type Services } from '../../electron/services/services';
import { createTeamService } from '../../electron/services/team/teamService';
import type { SearchResponse } from '../../shared/search/types';
import { tempDir } from '../store/fixtures';

const TRUST = 'relation-gensidig-tillid-respekt-forstaaelse';
let root = '';
const opened: Services[] = [];

beforeEach(() => {
  root = tempDir('samspil-search-authors-');
});
afterEach(() => {
  for (const services of opened.splice(0)) services.close();
  if (path.isAbsolute(root) && root.length > 8) fs.rmSync(root, { recursive: true, force: true });
});

function device(name: string, folder?: string, displayName?: string): Services {
  const services = openServices({ dataDir: path.join(root, name) });
  opened.push(services);
  if (folder && displayName) services.team.join(folder, displayName);
  return services;
}

function sharedFolder(): string {
  const folder = path.join(root, 'S-drev');
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

const notesOf = (response: SearchResponse) =>
  response.hits.filter((h) => h.kind === 'note').map((h) => [h.title, h.author, h.shared]);

/** Anne shares one note and keeps one private; Bo syncs and writes a note of his own. */
function anneAndBo() {
  const folder = sharedFolder();
  const anne = device('anne', folder, 'Anne Holm');
  const bo = device('bo', folder, 'Bo Lind');
  const annes = anne.notes.create({
    title: 'Tillid på tværs',
    body: 'Anne om tillid i styregruppen.',
    factors: [TRUST],
  });
  anne.notes.create({ title: 'Annes private tillid', body: 'Kun til Anne om tillid.' });
  anne.team.setShared('note', [annes.id], true);
  anne.team.sync();
  bo.team.sync();
  const bos = bo.notes.create({ title: 'Bos tillid', body: 'Bo om tillid.', factors: [TRUST] });
  return { folder, anne, bo, bos };
}

describe('search by author', () => {
  it('gives Bo only Anne’s note for author=Anne Holm, and no bundled content', () => {
    const { bo } = anneAndBo();
    const response = bo.search.query({ q: 'tillid', author: 'Anne Holm', limit: 100 });
    expect(response.hits.map((h) => h.kind)).toEqual(['note']);
    expect(notesOf(response)).toEqual([['Tillid på tværs', 'Anne Holm', true]]);
    expect(response.total).toBe(1);
  });

  it('counts note hits per author, disjunctively, and carries the author on each note hit', () => {
    const { bo } = anneAndBo();
    const all = bo.search.query({ q: 'tillid', limit: 100 });
    expect(all.facets.author).toEqual({ 'Anne Holm': 1, 'Bo Lind': 1 });
    expect(notesOf(all).sort()).toEqual([
      ['Bos tillid', 'Bo Lind', false],
      ['Tillid på tværs', 'Anne Holm', true],
    ]);
    expect(all.hits.some((h) => h.kind !== 'note')).toBe(true);
    expect(all.hits.filter((h) => h.kind !== 'note' && h.author !== undefined)).toEqual([]);

    // Its own filter is not applied to a facet's counts; the other facets count Anne's note only.
    const annes = bo.search.query({ q: 'tillid', author: 'Anne Holm', limit: 100 });
    expect(annes.facets.author).toEqual({ 'Anne Holm': 1, 'Bo Lind': 1 });
    expect(annes.facets.kind).toEqual({ note: 1 });
    expect(annes.facets.factor).toEqual({ [TRUST]: 1 });
  });

  it('ORs several authors, ANDs with the other filters, and an unknown author finds nothing', () => {
    const { bo } = anneAndBo();
    const both = bo.search.query({ q: 'tillid', author: ['Anne Holm', 'Bo Lind'], limit: 100 });
    expect(
      notesOf(both)
        .map(([title]) => title)
        .sort(),
    ).toEqual(['Bos tillid', 'Tillid på tværs']);
    expect(both.total).toBe(2);

    const withFactor = bo.search.query({ q: 'tillid', author: 'Bo Lind', factor: TRUST });
    expect(notesOf(withFactor)).toEqual([['Bos tillid', 'Bo Lind', false]]);
    const quotesOnly = bo.search.query({ q: 'tillid', author: 'Bo Lind', kinds: ['quote'] });
    expect(quotesOnly.total).toBe(0);

    const nobody = bo.search.query({ q: 'tillid', author: 'Carl Ukendt', limit: 100 });
    expect(nobody).toMatchObject({ total: 0, hits: [] });
  });

  it('keeps the first author when a colleague edits the note, and names Bo for his shared note', () => {
    const { anne, bo, bos } = anneAndBo();
    const onBo = bo.notes.list().find((n) => n.title === 'Tillid på tværs');
    bo.notes.update({ id: onBo?.id ?? '', body: 'Bo rettede om tillid.' });
    bo.team.setShared('note', [bos.id], true);
    bo.team.sync();
    anne.team.sync();
    expect(anne.search.query({ q: 'tillid', limit: 100 }).facets.author).toEqual({
      'Anne Holm': 2,
      'Bo Lind': 1,
    });
    const byBo = anne.search.query({ q: 'tillid', author: 'Bo Lind', limit: 100 });
    expect(notesOf(byBo)).toEqual([['Bos tillid', 'Bo Lind', true]]);
  });

  it('offers no author on a device that has not joined, and never creates the team tables', () => {
    const cy = device('cy');
    cy.notes.create({ title: 'Cys tillid', body: 'Om tillid.' });
    // Another process holds the write lock: a search must not need it.
    const other = new Database(path.join(root, 'cy', 'samspil.db'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const response = cy.search.query({ q: 'tillid', limit: 100 });
      expect(response.facets.author).toEqual({});
      expect(notesOf(response)).toEqual([['Cys tillid', undefined, undefined]]);
      expect(cy.search.query({ q: 'tillid', author: 'Cy' }).total).toBe(0);
      other.exec('ROLLBACK');
      const tables = other.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'team%'");
      expect(tables.all()).toEqual([]);
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
  });

  it('offers no author after leaving the team library', () => {
    const { bo } = anneAndBo();
    bo.team.leave();
    const response = bo.search.query({ q: 'tillid', limit: 100 });
    expect(response.facets.author).toEqual({});
    expect(response.hits.filter((h) => h.author !== undefined)).toEqual([]);
  });

  it('still knows the authors on a store opened for reading only', () => {
    const { bo } = anneAndBo();
    const dataDir = path.join(root, 'bo');
    const readOnly = new Database(path.join(dataDir, 'samspil.db'), { readonly: true });
    try {
      const team = createTeamService({
        db: readOnly,
        notes: bo.notes,
        handouts: bo.handouts,
        dataDir,
        readOnly: 'datamappen er skrivebeskyttet',
      });
      const search = createSearchService(loadContentService(), loadSearchIndex(), bo.notes, () =>
        team.noteAuthors(),
      );
      const response = search.query({ q: 'tillid', author: 'Anne Holm' });
      expect(notesOf(response)).toEqual([['Tillid på tværs', 'Anne Holm', true]]);
    } finally {
      readOnly.close();
    }
  });
});
