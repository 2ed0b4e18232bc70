// The one contract between the renderer and the main process: every call the UI may make, its
// input schema (validated in the main process) and its output type. The preload, the IPC door,
// the test bridge and the renderer's client are all built from `apiContract`.
import { z } from 'zod';
import type { ContentEntry } from './content/types';
import { ENTRY_KINDS, FACTOR_GROUPS } from './content/types';
import type { SearchResponse } from './search/types';
import type { BackupInfo, ImportReport, Note, StoreStatus } from './notes/types';
import type { Handout } from './handout/types';
import { EXPORT_FORMATS, HANDOUT_ITEM_KINDS } from './handout/types';

/** Ids of bundled content: slugs, or `<partnership>/<section>` for sections. */
export const contentId = z
  .string()
  .max(200)
  .regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/, 'ugyldigt id');
export const noteId = z.string().uuid();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dato skal skrives ÅÅÅÅ-MM-DD');
const shortText = z.string().max(500);
const longText = z.string().max(200_000);
const empty = z.object({}).strict();
/** A filter value, or several of them (OR within the filter). */
const oneOrMany = <T extends z.ZodType>(value: T) =>
  z.union([value, z.array(value).min(1).max(50)]);

export const noteInputSchema = z
  .object({
    title: shortText.trim().min(1, 'titlen mangler'),
    body: longText,
    partnership: shortText.nullable().optional(),
    organisations: z.array(shortText).max(50).optional(),
    aboutDate: isoDate.nullable().optional(),
    factors: z.array(contentId).max(100).optional(),
    links: z.array(contentId).max(200).optional(),
  })
  .strict();

const handoutItem = z
  .object({ kind: z.enum(HANDOUT_ITEM_KINDS), ref: z.string().min(1).max(200), comment: longText })
  .strict();

export const handoutInputSchema = z
  .object({
    title: shortText.trim().min(1, 'titlen mangler'),
    subtitle: shortText.optional(),
    intro: longText.optional(),
    items: z.array(handoutItem).max(500).optional(),
  })
  .strict();

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** One page in the *Senest set* list: where it is (a route hash), what it is called, what kind. */
export const recentVisitSchema = z
  .object({
    hash: z.string().max(400).regex(/^#\//, 'adressen skal begynde med #/'),
    title: z.string().trim().min(1).max(300),
    kind: z.enum(['partnership', 'factor', 'lesson', 'note']),
  })
  .strict();
export type RecentVisit = z.infer<typeof recentVisitSchema>;
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
}

export type Saved = { path: string } | { cancelled: true };

/** Declares one call: its output (as a type only), then its input schema. */
function call<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output: O } => ({
    input,
    output: undefined as unknown as O,
  });
}

export const apiContract = {
  'content.all': call<ContentEntry[]>()(empty),
  'content.get': call<ContentEntry>()(z.object({ id: contentId }).strict()),

  'search.query': call<SearchResponse>()(
    z
      .object({
        q: z.string().max(2000),
        kinds: z.array(z.enum([...ENTRY_KINDS, 'note'])).optional(),
        partnership: oneOrMany(contentId).optional(),
        factorGroup: oneOrMany(z.enum(FACTOR_GROUPS)).optional(),
        factor: oneOrMany(contentId).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
  ),

  'notes.list': call<Note[]>()(
    z
      .object({
        factor: contentId.optional(),
        link: contentId.optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
  ),
  'notes.get': call<Note>()(z.object({ id: noteId }).strict()),
  'notes.create': call<Note>()(noteInputSchema),
  'notes.update': call<Note>()(noteInputSchema.partial().extend({ id: noteId }).strict()),
  /** Moves notes to the trash (undoable). More than half of all notes needs `confirm`. */
  'notes.delete': call<{ deleted: number; backup: string | null }>()(
    z
      .object({ ids: z.array(noteId).min(1).max(100_000), confirm: z.boolean().optional() })
      .strict(),
  ),
  'notes.undelete': call<{ restored: number }>()(
    z.object({ ids: z.array(noteId).min(1).max(100_000) }).strict(),
  ),
  /**
   * Asks the user where to save, then writes atomically (the save dialog's overwrite question is
   * the confirmation to replace a file). Markdown goes into a new folder inside the chosen one.
   */
  'notes.export': call<Saved>()(
    z.object({ format: z.enum(['json', 'markdown']), ids: z.array(noteId).optional() }).strict(),
  ),
  /** Asks the user for a file; validates all of it before writing anything. */
  'notes.import': call<ImportReport | { cancelled: true }>()(
    z
      .object({ mode: z.enum(['merge', 'replace']).optional(), confirm: z.boolean().optional() })
      .strict(),
  ),
  'notes.status': call<StoreStatus>()(empty),
  /** The user has seen the reported recoveries: no later start reports them again. */
  'notes.acknowledgeRecoveries': call<StoreStatus>()(empty),

  'backups.list': call<BackupInfo[]>()(empty),
  'backups.create': call<BackupInfo>()(empty),
  'backups.restore': call<StoreStatus>()(
    z.object({ name: z.string().regex(/^[\w.-]+\.db$/, 'ukendt sikkerhedskopi') }).strict(),
  ),

  'settings.get': call<Settings>()(empty),
  'settings.set': call<Settings>()(
    z
      .object({
        language: z.enum(LANGUAGES).optional(),
        theme: z.enum(THEMES).optional(),
        recent: z.array(recentVisitSchema).max(RECENT_LIMIT).optional(),
      })
      .strict(),
  ),
  /** Asks the user for a new backup folder and moves the backups there. */
  'settings.chooseBackupDir': call<Settings | { cancelled: true }>()(empty),

  'handouts.list': call<Handout[]>()(empty),
  'handouts.get': call<Handout>()(z.object({ id: noteId }).strict()),
  'handouts.create': call<Handout>()(handoutInputSchema),
  'handouts.update': call<Handout>()(handoutInputSchema.partial().extend({ id: noteId }).strict()),
  'handouts.duplicate': call<Handout>()(z.object({ id: noteId }).strict()),
  'handouts.delete': call<{ deleted: true }>()(z.object({ id: noteId }).strict()),
  /** The print HTML of a handout, for the live preview. */
  'handouts.preview': call<{ html: string }>()(z.object({ id: noteId }).strict()),
  'handouts.export': call<Saved>()(
    z.object({ id: noteId, format: z.enum(EXPORT_FORMATS) }).strict(),
  ),

  'app.info': call<AppInfo>()(empty),
  /** Opens http, https and mailto links in the system browser; anything else is refused. */
  'app.openExternal': call<{ opened: boolean }>()(z.object({ url: z.string().max(2000) }).strict()),
  'app.copy': call<{ copied: true }>()(
    z.object({ text: longText, html: longText.optional() }).strict(),
  ),
  /** Find in page (Electron's `webContents.findInPage`); `next` moves on from the current match. */
  'app.findInPage': call<FindResult>()(
    z
      .object({
        text: z.string().min(1).max(500),
        forward: z.boolean().optional(),
        next: z.boolean().optional(),
      })
      .strict(),
  ),
  'app.stopFindInPage': call<{ stopped: true }>()(empty),
  /** The system's print dialog for the current view (the print stylesheet applies). */
  'app.print': call<{ printed: boolean }>()(empty),
  /** Opens a file Samspil itself just wrote (an export) with the system's program for it. */
  'app.openPath': call<{ opened: true }>()(
    z.object({ path: z.string().min(1).max(4000) }).strict(),
  ),
  /** Shows a file Samspil itself just wrote in the system's file manager. */
  'app.showItemInFolder': call<{ shown: true }>()(
    z.object({ path: z.string().min(1).max(4000) }).strict(),
  ),
} satisfies Record<string, { input: z.ZodType; output: unknown }>;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = ApiContract[M]['output'];

/** What the main process implements, one handler per call (checked with `satisfies`). */
export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> | ApiOutput<M>;
};

export const API_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'needs-confirmation',
  'conflict',
  'refused',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What crosses the IPC boundary: a value, or an error reduced to code and message. */
export type ApiResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: ApiErrorCode; message: string } };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The object the preload puts on `window.samspil`: one async function per contract call. */
export type SamspilBridge = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
};

/** The IPC channel of a call (defined beside the schema-free method list the preload uses). */
export { channelOf } from './apiMethods';
