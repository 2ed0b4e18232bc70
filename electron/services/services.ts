// Builds the services the way the app, the CLI and the tests all use them: same code, same paths.
// The database belongs here: it is opened once and handed to the notes, backup and handout modules.
import type {
  ContentService,
  HandoutService,
  NotesStore,
  PdfRenderer,
  SearchService,
} from './serviceTypes';
import { loadContentService, loadSearchIndex } from './content/contentService';
import { createSearchService } from './search/searchService';
import { createHandoutService } from './handouts/handoutService';
import { createDraftService, type DraftService } from './drafts/draftService';
import {
  createPartnershipsService,
  type PartnershipsService,
} from './partnerships/partnershipsService';
import { openStoreServices, type StoreOptions } from './storeServices';
import { connectTeamToRestore } from './team/teamRestore';
import { createTeamService, type TeamService } from './team/teamService';
import { watchTeam, type TeamWatchOptions } from './team/teamWatch';

export interface ServiceOptions extends Omit<StoreOptions, 'knownFactorIds' | 'isKnownLink'> {
  /** Where the compiled corpus lives (default: dist/content of the app). */
  corpusDir?: string;
  pdfRenderer?: PdfRenderer;
  /**
   * Sync the team library when its folder changes (the app and the e2e bridge; tests shorten the
   * quiet time). Left out, nothing watches: the CLI.
   */
  watchTeamFolder?: TeamWatchOptions;
}

export interface Services {
  content: ContentService;
  search: SearchService;
  notes: NotesStore;
  handouts: HandoutService;
  drafts: DraftService;
  team: TeamService;
  partnerships: PartnershipsService;
  close(): void;
}

export function openServices(options: ServiceOptions): Services {
  const content = loadContentService(options.corpusDir);
  const { store, notes, backups } = openStoreServices({
    ...options,
    knownFactorIds: content.factorIds(),
    isKnownLink: (id) => content.find(id) !== undefined || content.section(id) !== undefined,
  });
  // The team service needs the handouts (to sync them) and the handouts ask it who wrote a cited
  // note: the provider is called only after both exist.
  const handouts = createHandoutService({
    db: store.db,
    store,
    content,
    notes,
    pdfRenderer: options.pdfRenderer,
    noteByline: (noteId) => team.noteByline(noteId),
  });
  const drafts = createDraftService(store.db);
  const unwatched = createTeamService({
    db: store.db,
    notes,
    handouts,
    dataDir: store.dataDir,
    readOnly: store.readOnly,
  });
  const watched = options.watchTeamFolder
    ? watchTeam(unwatched, options.watchTeamFolder, options.log)
    : undefined;
  const team = watched?.team ?? unwatched;
  connectTeamToRestore(backups, () => (watched ? watched.syncByItself() : team.sync()));
  // Search asks the team library who wrote each note (services own their tables).
  const search = createSearchService(content, loadSearchIndex(options.corpusDir), notes, () =>
    team.noteAuthors(),
  );
  const partnerships = createPartnershipsService({ db: store.db, content, notes, handouts });
  return {
    content,
    search,
    notes,
    handouts,
    drafts,
    team,
    partnerships,
    close() {
      watched?.stop();
      notes.close();
    },
  };
}
