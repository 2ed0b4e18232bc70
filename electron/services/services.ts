// Builds the services the way the app, the CLI and the tests all use them: same code, same paths.
import type {
  ContentService,
  HandoutService,
  NotesStore,
  PdfRenderer,
  SearchService,
} from './serviceTypes';
import { loadContentService, loadSearchIndex } from './content/contentService';
import { createSearchService } from './search/searchService';
import { openNotesStore } from './notes/notesStore';
import { createHandoutService } from './handouts/handoutService';

export interface ServiceOptions {
  /** The user-data folder that holds the notes database. */
  dataDir: string;
  /** Where the compiled corpus lives (default: dist/content of the app). */
  corpusDir?: string;
  /** Where rolling backups go (default: `<dataDir>/backups`). */
  backupDir?: string;
  pdfRenderer?: PdfRenderer;
}

export interface Services {
  content: ContentService;
  search: SearchService;
  notes: NotesStore;
  handouts: HandoutService;
  close(): void;
}

export function openServices(options: ServiceOptions): Services {
  const content = loadContentService(options.corpusDir);
  const notes = openNotesStore({
    dataDir: options.dataDir,
    backupDir: options.backupDir,
    knownFactorIds: content.factorIds(),
    isKnownLink: (id) => content.find(id) !== undefined || content.section(id) !== undefined,
  });
  const search = createSearchService(content, loadSearchIndex(options.corpusDir), notes);
  const handouts = createHandoutService({
    db: notes.db,
    content,
    notes,
    pdfRenderer: options.pdfRenderer,
  });
  return { content, search, notes, handouts, close: () => notes.close() };
}
