// The one contract between the renderer and the main process: every call the UI may make, its
// input and output types, the method list and the error codes. It holds no schema and no zod, so
// the renderer and the sandboxed preload carry none; the main process validates each input with
// the schema of the same name in apiSchemas.ts, which `satisfies` this contract.
import type { ContentEntry } from './content/types';
import type { SearchRequest, SearchResponse } from './search/types';
import type {
  BackupInfo,
  ImportReport,
  Note,
  NoteInput,
  NoteUpdate,
  StoreStatus,
} from './notes/types';
import type { ExportFormat, Handout, HandoutInput } from './handout/types';
import type { ExportLanguage } from './handout/exportLabels';
import type { Draft } from './drafts';
import type {
  SyncReport,
  TeamAuthorship,
  TeamChanges,
  TeamConflict,
  TeamItemKind,
  TeamStatus,
} from './team/types';
import { PARTNERSHIP_METHODS, type PartnershipCalls } from './partnerships/contract';

export { ApiError, API_ERROR_CODES } from './errors/apiError';
export type { ApiErrorCode, ApiErrorData, ApiIssue } from './errors/apiError';
import type { ApiErrorData } from './errors/apiError';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** One page in the *Senest set* list: where it is (a route hash), what it is called, what kind. */
export interface RecentVisit {
  hash: string;
  title: string;
  kind: 'partnership' | 'factor' | 'lesson' | 'note';
}
export const RECENT_LIMIT = 12;

export interface Settings {
  language: Language;
  backupDir: string;
  theme: Theme;
  recent: RecentVisit[];
}

/** The answer of find in page (Electron's `found-in-page` result). */
export interface FindResult {
  matches: number;
  activeMatchOrdinal: number;
}

export interface AppInfo {
  version: string;
  platform: string;
  dataDir: string;
  /** The main process's log file (internal errors, refused calls, store recoveries). */
  logFile: string | null;
}

export type Saved = { path: string } | { cancelled: true };
type Cancelled = { cancelled: true };
type Empty = Record<string, never>;
type ById = { id: string };

/** Each call: the input the caller sends (validated by the main process) and what it returns. */
export interface ApiCalls extends PartnershipCalls {
  'content.all': { input: Empty; output: ContentEntry[] };
  /** Ids of bundled content: slugs, or `<partnership>/<section>` for sections. */
  'content.get': { input: ById; output: ContentEntry };

  'search.query': { input: SearchRequest; output: SearchResponse };

  'notes.list': {
    input: { factor?: string; link?: string; limit?: number };
    output: Note[];
  };
  'notes.get': { input: ById; output: Note };
  'notes.create': { input: NoteInput; output: Note };
  'notes.update': { input: NoteUpdate; output: Note };
  /** Moves notes to the trash (undoable). More than half of all notes needs `confirm`. */
  'notes.delete': {
    input: { ids: string[]; confirm?: boolean };
    output: { deleted: number; backup: string | null };
  };
  'notes.undelete': { input: { ids: string[] }; output: { restored: number } };
  /**
   * Asks the user where to save, then writes atomically (the save dialog's overwrite question is
   * the confirmation to replace a file). Markdown goes into a new folder inside the chosen one.
   */
  'notes.export': { input: { format: 'json' | 'markdown'; ids?: string[] }; output: Saved };
  /** Asks the user for a file; validates all of it before writing anything. */
  'notes.import': {
    input: { mode?: 'merge' | 'replace'; confirm?: boolean };
    output: ImportReport | Cancelled;
  };
  'notes.status': { input: Empty; output: StoreStatus };
  /** The user has seen the reported recoveries: no later start reports them again. */
  'notes.acknowledgeRecoveries': { input: Empty; output: StoreStatus };

  'backups.list': { input: Empty; output: BackupInfo[] };
  'backups.create': { input: Empty; output: BackupInfo };
  'backups.restore': { input: { name: string }; output: StoreStatus };

  'settings.get': { input: Empty; output: Settings };
  'settings.set': {
    input: { language?: Language; theme?: Theme; recent?: RecentVisit[] };
    output: Settings;
  };
  /** Asks the user for a new backup folder and moves the backups there. */
  'settings.chooseBackupDir': { input: Empty; output: Settings | Cancelled };

  'handouts.list': { input: Empty; output: Handout[] };
  'handouts.get': { input: ById; output: Handout };
  'handouts.create': { input: HandoutInput; output: Handout };
  'handouts.update': { input: Partial<HandoutInput> & ById; output: Handout };
  'handouts.duplicate': { input: ById; output: Handout };
  /** Moves a handout to the trash (undoable with handouts.undelete). */
  'handouts.delete': { input: ById; output: { deleted: true } };
  'handouts.undelete': { input: ById; output: Handout };
  /**
   * The print HTML of a handout, for the live preview. `language` is that of the export's own
   * labels (default Danish); the content stays Danish.
   */
  'handouts.preview': { input: ById & { language?: ExportLanguage }; output: { html: string } };
  'handouts.export': {
    input: { id: string; format: ExportFormat; language?: ExportLanguage };
    output: Saved;
  };

  /** The unsaved draft of a form, or null. */
  'drafts.get': { input: { key: string }; output: Draft | null };
  'drafts.put': { input: { key: string; value: string }; output: Draft };
  'drafts.discard': { input: { key: string }; output: { discarded: boolean } };

  /** The team library (a shared folder; see electron/services/team/README.md). */
  'team.status': { input: Empty; output: TeamStatus };
  /** Asks the user for the team folder; joins nothing yet. */
  'team.chooseFolder': { input: Empty; output: { folder: string } | { cancelled: true } };
  'team.join': { input: { folder: string; displayName: string }; output: TeamStatus };
  'team.leave': { input: Empty; output: TeamStatus };
  'team.sync': { input: Empty; output: SyncReport };
  'team.setShared': {
    input: { kind: TeamItemKind; ids: string[]; shared: boolean };
    output: { changed: number };
  };
  'team.conflicts': { input: Empty; output: TeamConflict[] };
  /** Resolves a conflict with version `version` (0 = newest) or with every version's text combined. */
  'team.resolve': {
    input: { kind: TeamItemKind; id: string; choice: { version: number } | 'combine' };
    output: SyncReport;
  };
  'team.authorship': { input: { kind: TeamItemKind }; output: TeamAuthorship[] };
  /** What the app synced by itself when the team folder changed (asked every few seconds). */
  'team.changes': { input: Empty; output: TeamChanges };

  'app.info': { input: Empty; output: AppInfo };
  /** Opens http, https and mailto links in the system browser; anything else is refused. */
  'app.openExternal': { input: { url: string }; output: { opened: boolean } };
  'app.copy': { input: { text: string; html?: string }; output: { copied: true } };
  /** Find in page (Electron's `webContents.findInPage`); `next` moves on from the current match. */
  'app.findInPage': {
    input: { text: string; forward?: boolean; next?: boolean };
    output: FindResult;
  };
  'app.stopFindInPage': { input: Empty; output: { stopped: true } };
  /** The system's print dialog for the current view (the print stylesheet applies). */
  'app.print': { input: Empty; output: { printed: boolean } };
  /** Opens a file Samspil itself just wrote (an export) with the system's program for it. */
  'app.openPath': { input: { path: string }; output: { opened: true } };
  /** Shows a file Samspil itself just wrote in the system's file manager. */
  'app.showItemInFolder': { input: { path: string }; output: { shown: true } };
}

export type ApiMethod = keyof ApiCalls;

/** Every call, in a fixed order (the preload and the test bridge are built from this list). */
export const API_METHODS = [
  'content.all',
  'content.get',
  'search.query',
  'notes.list',
  'notes.get',
  'notes.create',
  'notes.update',
  'notes.delete',
  'notes.undelete',
  'notes.export',
  'notes.import',
  'notes.status',
  'notes.acknowledgeRecoveries',
  'backups.list',
  'backups.create',
  'backups.restore',
  'settings.get',
  'settings.set',
  'settings.chooseBackupDir',
  'handouts.list',
  'handouts.get',
  'handouts.create',
  'handouts.update',
  'handouts.duplicate',
  'handouts.delete',
  'handouts.undelete',
  'handouts.preview',
  'handouts.export',
  'drafts.get',
  'drafts.put',
  'drafts.discard',
  'team.status',
  'team.chooseFolder',
  'team.join',
  'team.leave',
  'team.sync',
  'team.setShared',
  'team.conflicts',
  'team.resolve',
  'team.authorship',
  'team.changes',
  ...PARTNERSHIP_METHODS,
  'app.info',
  'app.openExternal',
  'app.copy',
  'app.findInPage',
  'app.stopFindInPage',
  'app.print',
  'app.openPath',
  'app.showItemInFolder',
] as const satisfies readonly ApiMethod[];

type Unlisted = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
/** Compiles only while every call of `ApiCalls` is listed in API_METHODS. */
export const EVERY_METHOD_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

export type ApiInput<M extends ApiMethod> = ApiCalls[M]['input'];
export type ApiOutput<M extends ApiMethod> = ApiCalls[M]['output'];

/** What the main process implements, one handler per call (checked with `satisfies`). */
export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> | ApiOutput<M>;
};

/** What crosses the IPC boundary: a value, or an error reduced to its code and issues. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** The object the preload puts on `window.samspil`: one async function per contract call. */
export type SamspilBridge = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
};

/** The IPC channel of a call. */
export const channelOf = (method: ApiMethod): string => `samspil:${method}`;
