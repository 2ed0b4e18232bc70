// The real corpus, compiled from content/ in memory, and a search service over it.
import path from 'node:path';
import { compileContentOrThrow } from '../../scripts/content/compileContent';
import { createContentService } from '../../electron/services/content/contentService';
import { buildSearchIndex } from '../../scripts/search/buildIndex';
import type { SerializedSearchIndex } from '../../electron/services/search/indexFormat';
import { createSearchService } from '../../electron/services/search/searchService';
import type { Corpus } from '../../shared/content/types';
import type {
  ContentService,
  NotesSearchSource,
  SearchService,
} from '../../electron/services/serviceTypes';

let cached: { corpus: Corpus; index: SerializedSearchIndex } | undefined;

export function realCorpus(): { corpus: Corpus; index: SerializedSearchIndex } {
  if (!cached) {
    const corpus = compileContentOrThrow(path.resolve(import.meta.dirname, '../../content'));
    cached = { corpus, index: buildSearchIndex(corpus.entries) };
  }
  return cached;
}

export function realSearch(notes?: NotesSearchSource): {
  search: SearchService;
  content: ContentService;
} {
  const { corpus, index } = realCorpus();
  const content = createContentService(corpus);
  return { search: createSearchService(content, index, notes), content };
}
