// PLACEHOLDER until the search issue lands.
import type { ContentService, NotesSearchSource, SearchService } from '../serviceTypes';
import type { SerializedSearchIndex } from './buildIndex';

export function createSearchService(
  _content: ContentService,
  _index: SerializedSearchIndex,
  _notes?: NotesSearchSource,
): SearchService {
  throw new Error('not yet implemented');
}
