// The interfaces of the services behind the API contract. The app (IPC), the CLI, the test bridge
// and the tests all construct the same implementations (see services.ts).
import type {
  ContentEntry,
  EntryKind,
  FactorEntry,
  PartnershipSection,
} from '../../shared/content/types';
import type { SearchRequest, SearchResponse, Span } from '../../shared/search/types';
import type {
  BackupInfo,
  ImportReport,
  Note,
  NoteInput,
  NoteUpdate,
  StoreStatus,
} from '../../shared/notes/types';
import type {
  ExportFormat,
  Handout,
  HandoutInput,
  ResolvedHandout,
} from '../../shared/handout/types';
import type { ExportLanguage } from '../../shared/handout/exportLabels';

export interface ContentService {
  all(): ContentEntry[];
  /** Throws ApiError('not-found') for an unknown id. */
  get(id: string): ContentEntry;
  find(id: string): ContentEntry | undefined;
  byKind<K extends EntryKind>(kind: K): Extract<ContentEntry, { kind: K }>[];
  /** `<partnership>/<slug>`; undefined when unknown. */
  section(id: string): PartnershipSection | undefined;
  factorIds(): Set<string>;
  factor(id: string): FactorEntry | undefined;
}

/** A note's snippet and the spans of its matched words, made only for the hits shown. */
export interface NoteHighlight {
  snippet: string;
  snippetSpans: Span[];
  titleSpans: Span[];
}

/** One FTS5 hit of the notes store, before it is merged with the content hits. */
export interface NoteSearchRow {
  note: Note;
  /** SQLite's bm25() value (lower is better, negative). */
  bm25: number;
  highlight(): NoteHighlight;
}

/**
 * What the search service asks the notes store for, already expanded (glossary, lexicon,
 * compounds, prefix completions, typos): per query word, the store's indexed terms that match it
 * and the prefixes that may complete it. A note is a candidate when it holds any of them.
 */
export interface NoteTermQuery {
  slots: { terms: string[]; prefixes: string[] }[];
}

export interface NotesSearchSource {
  /** A user's text (every word required, the last one as a prefix) or an expanded query. */
  searchNotes(q: string | NoteTermQuery, limit: number): NoteSearchRow[];
}

/** Who wrote a note, as the team library knows it. */
export interface NoteAuthor {
  /** A shared note's first author; the user's own display name for a note not yet in the folder. */
  author: string;
  shared: boolean;
}

/** The team library's authors of notes, for search; absent when the device has not joined. */
export interface NoteAuthorLookup {
  /** Every one of `localIds` that is a note, with its author (unknown ids: the user's own). */
  of(localIds: readonly string[]): Map<string, NoteAuthor>;
}

export interface SearchService {
  query(request: SearchRequest): SearchResponse;
}

interface DeleteOptions {
  /** Required when the deletion removes more than half of all notes. */
  confirm?: boolean;
}

export interface ImportOptions {
  /** `replace` deletes notes absent from the file (needs `confirm` when over half). */
  mode?: 'merge' | 'replace';
  confirm?: boolean;
}

export interface NotesStore extends NotesSearchSource {
  list(filter?: { factor?: string; link?: string; limit?: number }): Note[];
  get(id: string): Note;
  create(input: NoteInput): Note;
  update(update: NoteUpdate): Note;
  delete(ids: string[], options?: DeleteOptions): { deleted: number; backup: string | null };
  undelete(ids: string[]): { restored: number };
  /** Refuses an existing target unless `overwrite` (the user confirmed replacing it). */
  exportJson(
    file: string,
    ids?: string[],
    options?: ExportOptions,
  ): { path: string; count: number };
  /** A new folder, or (with `overwrite`) an earlier export; only Samspil's own files are replaced. */
  exportMarkdown(
    folder: string,
    ids?: string[],
    options?: ExportOptions,
  ): { path: string; count: number };
  importFile(file: string, options?: ImportOptions): ImportReport;
  backup(reason?: BackupInfo['reason']): BackupInfo;
  listBackups(): BackupInfo[];
  restoreBackup(name: string): StoreStatus;
  setBackupDir(dir: string): void;
  status(): StoreStatus;
  /** The user has seen the recoveries reported so far: later opens no longer report them. */
  acknowledgeRecoveries(): StoreStatus;
  close(): void;
}

export interface ExportOptions {
  /** The user confirmed replacing an existing target (`--force`, or the save dialog's question). */
  overwrite?: boolean;
}

export interface HandoutService {
  list(): Handout[];
  get(id: string): Handout;
  create(input: HandoutInput): Handout;
  update(id: string, patch: Partial<HandoutInput>): Handout;
  duplicate(id: string): Handout;
  /** Moves the handout to the trash; `undelete` brings it back. */
  delete(id: string): void;
  undelete(id: string): Handout;
  /**
   * Points every item that cites note `from` at note `to` (the team library, when a note arrives
   * after a handout that cites it by its shared id); returns how many items changed.
   */
  replaceNoteRef(from: string, to: string): number;
  /** The handout with every item looked up; dropped entries become explained placeholders. */
  resolve(
    handout: Pick<Handout, 'title' | 'subtitle' | 'intro' | 'items'>,
    language?: ExportLanguage,
  ): ResolvedHandout;
  /** Self-contained print HTML (A4, no script, no external resource). */
  renderHtml(handout: Handout): string;
  /** The same content without the page shell, for the app's live preview (styled by handoutCss). */
  renderBodyHtml(handout: Handout, language?: ExportLanguage): string;
  /**
   * Writes the export atomically; refuses an existing file unless `overwrite`. PDF needs a
   * PdfRenderer (Electron or headless Chromium). `language` is that of the export's own words.
   */
  exportTo(
    handout: Handout,
    format: ExportFormat,
    file: string,
    options?: ExportOptions & { language?: ExportLanguage },
  ): Promise<{ path: string }>;
}

/** Turns print HTML into PDF bytes: Electron's printToPDF in the app, Chromium in CLI and tests. */
export type PdfRenderer = (
  html: string,
  meta: { title: string; lang: string },
) => Promise<Uint8Array>;
