// Loads the compiled corpus (dist/content) for the app, the CLI and the tests. It runs at app
// start, so it only parses JSON and builds lookup maps: no Markdown, no indexing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../../shared/api';
import { buildContentIndex } from '../../../shared/content/contentIndex';
import type { Corpus } from '../../../shared/content/types';
import type { ContentService } from '../serviceTypes';
import type { SerializedSearchIndex } from '../search/indexFormat';
import { CORPUS_FILE, SEARCH_INDEX_FILE } from './corpusFiles';

/**
 * SAMSPIL_CORPUS_DIR, else dist/content of the app. This module runs as electron/content/*.ts
 * (tsx, vitest) and bundled as dist/electron/main.cjs (also inside app.asar): both sit two
 * folders below the root that holds dist/content.
 */
export function defaultCorpusDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SAMSPIL_CORPUS_DIR) return path.resolve(env.SAMSPIL_CORPUS_DIR);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const conventional = path.resolve(here, '..', '..', 'dist', 'content');
  if (fs.existsSync(path.join(conventional, CORPUS_FILE))) return conventional;
  // Should the bundle move, look upwards for the nearest dist/content.
  for (let dir = here; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'dist', 'content');
    if (fs.existsSync(path.join(candidate, CORPUS_FILE))) return candidate;
    if (path.dirname(dir) === dir) return conventional;
  }
}

function readJson(file: string, what: 'corpus' | 'index'): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ApiError('unavailable', `${what}-missing`, { file });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('unavailable', `${what}-broken`, { file });
  }
}

export function loadCorpus(corpusDir: string = defaultCorpusDir()): Corpus {
  const file = path.join(corpusDir, CORPUS_FILE);
  const corpus = readJson(file, 'corpus') as Partial<Corpus>;
  if (corpus.formatVersion !== 1 || !Array.isArray(corpus.entries)) {
    throw new ApiError('unavailable', 'corpus-format', { file });
  }
  return corpus as Corpus;
}

export function createContentService(corpus: Corpus): ContentService {
  const index = buildContentIndex(corpus.entries);
  const { entries, byId, sections } = index;
  const factorIds = new Set(index.factors.map((f) => f.id));

  return {
    all: () => entries,
    get(id) {
      const entry = byId.get(id);
      if (entry) return entry;
      const code = sections.has(id) ? 'content-is-section' : 'content-not-found';
      throw new ApiError('not-found', code, { id });
    },
    find: (id) => byId.get(id),
    byKind: (kind) => index.byKind(kind),
    section: (id) => sections.get(id),
    factorIds: () => new Set(factorIds),
    factor: (id) => index.get('factor', id),
  };
}

export function loadContentService(corpusDir?: string): ContentService {
  return createContentService(loadCorpus(corpusDir ?? defaultCorpusDir()));
}

export function loadSearchIndex(corpusDir?: string): SerializedSearchIndex {
  const file = path.join(corpusDir ?? defaultCorpusDir(), SEARCH_INDEX_FILE);
  // The search service owns the index format and checks its version; here it is only read.
  const index = readJson(file, 'index');
  if (typeof index !== 'object' || index === null) {
    throw new ApiError('unavailable', 'index-broken', { file });
  }
  return index as SerializedSearchIndex;
}
