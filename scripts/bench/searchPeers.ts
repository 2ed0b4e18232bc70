// The search engines a user might pick instead of Samspil's, set up the way a careful user would
// (Danish stemming where the engine takes it, prefix on the word being typed, typo tolerance
// where the engine has it), so the benchmark compares speed and relevance on equal terms.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { ContentEntry } from '../../shared/content/types';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import danishPlugin from 'lunr-languages/lunr.da.js';
import { foldForMatch, isStopWord, stem, tokenize } from '../../shared/search/danish';
import { docText } from '../../electron/services/search/docFields';

export interface Engine {
  name: string;
  /** Bytes of the serialized index (or database file). */
  indexBytes: number;
  /** Time to make the engine ready from its serialized form. */
  load(): void;
  /** Ids of the best hits, best first. */
  search(q: string, limit: number): string[];
  close?(): void;
}

interface Doc {
  id: string;
  title: string;
  text: string;
}

/** The same text Samspil indexes (a quote's factor wording included), and the user's notes. */
export function docsOf(
  entries: ContentEntry[],
  notes: { id: string; title: string; body: string }[] = [],
): Doc[] {
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  const content = entries.map((e) => {
    const t = docText(e, (id) => titles.get(id));
    return { id: e.id, title: t.title, text: `${t.main}\n${t.meta}\n${t.tags}` };
  });
  return [...content, ...notes.map((n) => ({ id: n.id, title: n.title, text: n.body }))];
}

const words = (q: string) =>
  tokenize(q)
    .map((t) => foldForMatch(t.term))
    .filter((t) => !isStopWord(t));

export function miniSearchEngine(docs: Doc[]): Engine {
  const options = {
    fields: ['title', 'text'],
    tokenize: (text: string) => tokenize(text).map((t) => t.term),
    processTerm: (term: string) => (isStopWord(term) ? null : stem(foldForMatch(term))),
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'OR' as const },
  };
  const built = new MiniSearch<Doc>(options);
  built.addAll(docs);
  const json = JSON.stringify(built);
  let index = built;
  return {
    name: 'MiniSearch',
    indexBytes: Buffer.byteLength(json),
    load: () => {
      index = MiniSearch.loadJSON<Doc>(json, options);
    },
    search: (q, limit) =>
      index
        .search(q)
        .slice(0, limit)
        .map((r) => String(r.id)),
  };
}

export function fts5Engine(docs: Doc[]): Engine {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-fts5-'));
  const file = path.join(dir, 'fts.db');
  const build = new Database(file);
  build.exec(
    "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, text, tokenize = 'unicode61')",
  );
  const insert = build.prepare('INSERT INTO docs (id, title, text) VALUES (?, ?, ?)');
  build.transaction(() => docs.forEach((d) => insert.run(d.id, d.title, d.text)))();
  build.close();
  let db: Database.Database | undefined;
  let statement: Database.Statement<[string, number], { id: string }> | undefined;
  return {
    name: 'SQLite FTS5',
    indexBytes: fs.statSync(file).size,
    load: () => {
      db?.close();
      db = new Database(file, { readonly: true });
      statement = db.prepare(
        'SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 3.0, 1.0) LIMIT ?',
      );
    },
    search: (q, limit) => {
      const terms = words(q);
      if (!statement || terms.length === 0) return [];
      // Every word as an FTS5 string, the last also as a prefix (as-you-type).
      const match = terms
        .map((t, i) => `"${t.replace(/"/g, '""')}"${i === terms.length - 1 ? '*' : ''}`)
        .join(' OR ');
      return statement.all(match, limit).map((r) => r.id);
    },
    close: () => {
      db?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function substringEngine(docs: Doc[]): Engine {
  const haystacks = docs.map((d) => ({
    id: d.id,
    title: d.title.toLowerCase(),
    all: `${d.title}\n${d.text}`.toLowerCase(),
  }));
  return {
    name: 'substring scan',
    indexBytes: 0,
    load: () => undefined,
    search: (q, limit) => {
      const terms = words(q);
      if (terms.length === 0) return [];
      const scored: { id: string; score: number }[] = [];
      for (const h of haystacks) {
        let score = 0;
        for (const t of terms) {
          if (h.all.includes(t)) score += 10;
          if (h.title.includes(t)) score += 5;
        }
        if (score > 0) scored.push({ id: h.id, score });
      }
      return scored
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map((s) => s.id);
    },
  };
}

function lunrWithDanish(): typeof lunr & { da: lunr.Builder.Plugin } {
  const withDanish = lunr as typeof lunr & { da?: lunr.Builder.Plugin };
  if (!withDanish.da) {
    stemmerSupport(lunr);
    danishPlugin(lunr);
  }
  return withDanish as typeof lunr & { da: lunr.Builder.Plugin };
}

/** lunr as the brief's reference: Danish pipeline, trailing wildcard, edit distance 1 from 5 letters. */
export function plainLunrEngine(docs: Doc[]): Engine {
  const plugin = lunrWithDanish().da;
  const built = lunr(function () {
    this.use(plugin);
    this.ref('id');
    this.field('title', { boost: 3 });
    this.field('text');
    docs.forEach((d) => this.add(d));
  });
  const json = JSON.stringify(built);
  let index = built;
  return {
    name: 'lunr (plain)',
    indexBytes: Buffer.byteLength(json),
    load: () => {
      index = lunr.Index.load(JSON.parse(json));
    },
    search: (q, limit) => {
      const terms = words(q);
      return index
        .query((query) => {
          terms.forEach((t, i) => {
            query.term(t, { usePipeline: true });
            if (i === terms.length - 1) {
              query.term(t, {
                usePipeline: false,
                wildcard: lunr.Query.wildcard.TRAILING,
                boost: 0.5,
              });
            }
            if (t.length >= 5) query.term(t, { usePipeline: false, editDistance: 1, boost: 0.2 });
          });
        })
        .slice(0, limit)
        .map((r) => r.ref);
    },
  };
}
