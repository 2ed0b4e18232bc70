// The real corpus, compiled from content/ in memory, and a search service over it.
import path from 'node:path';
import { compileContentOrThrow } from '../../electron/content/compileContent';
import { createContentService } from '../../electron/content/contentService';
import { buildSearchIndex, type SerializedSearchIndex } from '../../electron/search/buildIndex';
import { createSearchService } from '../../electron/search/searchService';
import type { Corpus } from '../../shared/content/types';
import type { ContentService, NotesSearchSource, SearchService } from '../../electron/serviceTypes';

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
