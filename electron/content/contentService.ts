// PLACEHOLDER until the content issue lands: loads the compiled corpus.
import type { ContentService } from '../serviceTypes';
import type { SerializedSearchIndex } from '../search/buildIndex';

export function defaultCorpusDir(): string {
  throw new Error('not yet implemented');
}
export function loadContentService(_corpusDir?: string): ContentService {
  throw new Error('not yet implemented');
}
export function loadSearchIndex(_corpusDir?: string): SerializedSearchIndex {
  throw new Error('not yet implemented');
}
