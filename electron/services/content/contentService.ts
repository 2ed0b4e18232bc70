// Loads the compiled corpus (dist/content) for the app, the CLI and the tests. It runs at app
// start, so it only parses JSON and builds lookup maps: no Markdown, no indexing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../../shared/api';
import type {
  ContentEntry,
  Corpus,
  EntryKind,
  FactorEntry,
  PartnershipSection,
} from '../../../shared/content/types';
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

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ApiError(
      'unavailable',
      `${what} mangler (${file}). Kør "npm run build" (eller "npm run build:content") først.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(
      'unavailable',
      `${what} i ${file} er ødelagt. Kør "npm run build:content" igen.`,
    );
  }
}

export function loadCorpus(corpusDir: string = defaultCorpusDir()): Corpus {
  const file = path.join(corpusDir, CORPUS_FILE);
  const corpus = readJson(file, 'Den kompilerede videnbase') as Partial<Corpus>;
  if (corpus.formatVersion !== 1 || !Array.isArray(corpus.entries)) {
    throw new ApiError(
      'unavailable',
      `Den kompilerede videnbase i ${file} har et ukendt format. Kør "npm run build:content" igen.`,
    );
  }
  return corpus as Corpus;
}

export function createContentService(corpus: Corpus): ContentService {
  const entries = corpus.entries;
  const byId = new Map<string, ContentEntry>(entries.map((entry) => [entry.id, entry]));
  const sections = new Map<string, PartnershipSection>();
  const byKind = new Map<EntryKind, ContentEntry[]>();
  for (const entry of entries) {
    const list = byKind.get(entry.kind) ?? [];
    list.push(entry);
    byKind.set(entry.kind, list);
    if (entry.kind === 'partnership') for (const s of entry.sections) sections.set(s.id, s);
  }
  const factorIds = new Set((byKind.get('factor') ?? []).map((f) => f.id));

  return {
    all: () => entries,
    get(id) {
      const entry = byId.get(id);
      if (entry) return entry;
      const hint = sections.has(id) ? ' (det er et afsnit af et partnerskab)' : '';
      throw new ApiError('not-found', `Der findes intet indhold med id "${id}"${hint}.`);
    },
    find: (id) => byId.get(id),
    byKind: <K extends EntryKind>(kind: K) =>
      (byKind.get(kind) ?? []) as Extract<ContentEntry, { kind: K }>[],
    section: (id) => sections.get(id),
    factorIds: () => new Set(factorIds),
    factor(id) {
      const entry = byId.get(id);
      return entry?.kind === 'factor' ? (entry as FactorEntry) : undefined;
    },
  };
}

export function loadContentService(corpusDir?: string): ContentService {
  return createContentService(loadCorpus(corpusDir ?? defaultCorpusDir()));
}

export function loadSearchIndex(corpusDir?: string): SerializedSearchIndex {
  const file = path.join(corpusDir ?? defaultCorpusDir(), SEARCH_INDEX_FILE);
  // The search service owns the index format and checks its version; here it is only read.
  const index = readJson(file, 'Søgeindekset');
  if (typeof index !== 'object' || index === null) {
    throw new ApiError(
      'unavailable',
      `Søgeindekset i ${file} er ødelagt. Kør "npm run build:content" igen.`,
    );
  }
  return index as SerializedSearchIndex;
}
