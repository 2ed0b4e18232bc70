// The zod schema of every contract call's input, for the main process (the door, the services
// and the CLI) only: the renderer and the preload import the schema-free contract (api.ts), and
// lint keeps this file out of them. `satisfies` ties each schema to its call in `ApiCalls`. A
// custom message is an issue code (shared/errors/texts.da.ts), never prose.
import { z } from 'zod';
import type { ApiInput, ApiMethod } from './api';
import { LANGUAGES, RECENT_LIMIT, THEMES } from './api';
import { ENTRY_KINDS, FACTOR_GROUPS } from './content/types';
import { EXPORT_FORMATS, HANDOUT_ITEM_KINDS } from './handout/types';
import { EXPORT_LANGUAGES } from './handout/exportLabels';
import { partnershipSchemas } from './partnerships/apiSchemas';
import {
  ABOUT_DATE_MAX,
  ABOUT_DATE_MIN,
  DATE_PATTERN,
  isCalendarDate,
  isDateInRange,
} from './notes/calendarDate';

/** Ids of bundled content: slugs, or `<partnership>/<section>` for sections. */
export const contentId = z
  .string()
  .max(200, { abort: true })
  .regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/, 'invalid-id');
/** UUIDs in lower case, however they were written (an id written in capitals is the same id). */
export const noteId = z.string().max(64, { abort: true }).toLowerCase().pipe(z.uuid());

/** A real calendar date ÅÅÅÅ-MM-DD within ABOUT_DATE_MIN … ABOUT_DATE_MAX. */
export const calendarDate = z
  .string()
  .max(10, { abort: true })
  .regex(DATE_PATTERN, 'invalid-date')
  .refine(isCalendarDate, { message: 'not-a-calendar-date' })
  .refine(isDateInRange, {
    message: 'date-out-of-range',
    params: { min: ABOUT_DATE_MIN, max: ABOUT_DATE_MAX },
  });

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with lone surrogates replaced by U+FFFD: SQLite would store them as ill-formed UTF-8 that
 * other readers of the file cannot decode. (String.prototype.toWellFormed is not in ES2023's lib.)
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** A string of at most `max` UTF-16 units, made well-formed. Every free-text field uses it. */
export const freeText = (max: number) => z.string().max(max, { abort: true }).overwrite(wellFormed);
const shortText = freeText(500);
const longText = freeText(200_000);
const empty = z.object({}).strict();
const byId = z.object({ id: noteId }).strict();
const teamKind = z.enum(['note', 'handout']);
/** A filter value, or several of them (OR within the filter). */
const oneOrMany = <T extends z.ZodType>(value: T) =>
  z.union([value, z.array(value).min(1).max(50)]);

/** A team member's display name as a search filter (names are at most 100 at join; colleagues'
 *  files may carry longer ones). */
const authorName = z.string().min(1).max(200, { abort: true }).overwrite(wellFormed);

export const recentVisitSchema = z
  .object({
    hash: z.string().max(400).regex(/^#\//, 'invalid-id'),
    title: z.string().trim().min(1).max(300),
    kind: z.enum(['partnership', 'factor', 'lesson', 'note']),
  })
  .strict();
export const recentListSchema = z.array(recentVisitSchema).max(RECENT_LIMIT);
export const themeSchema = z.enum(THEMES);

/** A form's draft key: `note:new` or `note:<note id>` (see shared/drafts.ts). */
export const draftKey = z
  .string()
  .max(100)
  .regex(/^note:(new|[0-9a-f-]{36})$/, 'unknown-draft');
export const draftValue = z.string().max(400_000);

export const noteInputSchema = z
  .object({
    title: shortText.trim().min(1, 'title-missing'),
    body: longText,
    partnership: shortText.nullable().optional(),
    organisations: z.array(shortText).max(50).optional(),
    aboutDate: calendarDate.nullable().optional(),
    factors: z.array(contentId).max(100).optional(),
    links: z.array(contentId).max(200).optional(),
    partnershipIds: z
      .array(z.string().max(64, { abort: true }).pipe(z.uuid()))
      .max(200)
      .optional(),
  })
  .strict();

const handoutItem = z
  .object({ kind: z.enum(HANDOUT_ITEM_KINDS), ref: freeText(200).min(1), comment: longText })
  .strict()
  // A note is referred to by its id, in lower case like every note id.
  .overwrite((item) => (item.kind === 'note' ? { ...item, ref: item.ref.toLowerCase() } : item));

export const handoutInputSchema = z
  .object({
    title: shortText.trim().min(1, 'title-missing'),
    subtitle: shortText.optional(),
    intro: longText.optional(),
    items: z.array(handoutItem).max(500).optional(),
  })
  .strict();

export const apiSchemas = {
  'content.all': empty,
  'content.get': z.object({ id: contentId }).strict(),

  'search.query': z
    .object({
      q: z.string().max(2000),
      kinds: z
        .array(z.enum([...ENTRY_KINDS, 'note']))
        .max(ENTRY_KINDS.length + 1)
        .optional(),
      partnership: oneOrMany(contentId).optional(),
      factorGroup: oneOrMany(z.enum(FACTOR_GROUPS)).optional(),
      factor: oneOrMany(contentId).optional(),
      author: oneOrMany(authorName).optional(),
      limit: z.number().int().min(1).max(500).optional(),
      exact: z.boolean().optional(),
    })
    .strict(),

  'notes.list': z
    .object({
      factor: contentId.optional(),
      link: contentId.optional(),
      limit: z.number().int().min(1).max(10_000).optional(),
    })
    .strict(),
  'notes.get': byId,
  'notes.create': noteInputSchema,
  'notes.update': noteInputSchema.partial().extend({ id: noteId }).strict(),
  'notes.delete': z
    .object({ ids: z.array(noteId).min(1).max(100_000), confirm: z.boolean().optional() })
    .strict(),
  'notes.undelete': z.object({ ids: z.array(noteId).min(1).max(100_000) }).strict(),
  'notes.export': z
    .object({ format: z.enum(['json', 'markdown']), ids: z.array(noteId).max(100_000).optional() })
    .strict(),
  'notes.import': z
    .object({ mode: z.enum(['merge', 'replace']).optional(), confirm: z.boolean().optional() })
    .strict(),
  'notes.status': empty,
  'notes.acknowledgeRecoveries': empty,

  'backups.list': empty,
  'backups.create': empty,
  'backups.restore': z
    .object({
      name: z
        .string()
        .max(200, { abort: true })
        .regex(/^[\w.-]+\.db$/, 'unknown-backup'),
    })
    .strict(),

  'settings.get': empty,
  'settings.set': z
    .object({
      language: z.enum(LANGUAGES).optional(),
      theme: themeSchema.optional(),
      recent: recentListSchema.optional(),
    })
    .strict(),
  'settings.chooseBackupDir': empty,

  'handouts.list': empty,
  'handouts.get': byId,
  'handouts.create': handoutInputSchema,
  'handouts.update': handoutInputSchema.partial().extend({ id: noteId }).strict(),
  'handouts.duplicate': byId,
  'handouts.delete': byId,
  'handouts.undelete': byId,
  'handouts.preview': z
    .object({ id: noteId, language: z.enum(EXPORT_LANGUAGES).optional() })
    .strict(),
  'handouts.export': z
    .object({
      id: noteId,
      format: z.enum(EXPORT_FORMATS),
      language: z.enum(EXPORT_LANGUAGES).optional(),
    })
    .strict(),

  'drafts.get': z.object({ key: draftKey }).strict(),
  'drafts.put': z.object({ key: draftKey, value: draftValue }).strict(),
  'drafts.discard': z.object({ key: draftKey }).strict(),

  'team.status': empty,
  'team.chooseFolder': empty,
  'team.join': z
    .object({ folder: z.string().min(1).max(4000), displayName: z.string().trim().min(1).max(100) })
    .strict(),
  'team.leave': empty,
  'team.sync': empty,
  'team.setShared': z
    .object({ kind: teamKind, ids: z.array(noteId).min(1).max(100_000), shared: z.boolean() })
    .strict(),
  'team.conflicts': empty,
  'team.resolve': z
    .object({
      kind: teamKind,
      id: noteId,
      choice: z.union([
        z.object({ version: z.number().int().min(0).max(100) }).strict(),
        z.literal('combine'),
      ]),
    })
    .strict(),
  'team.authorship': z.object({ kind: teamKind }).strict(),
  'team.changes': empty,

  ...partnershipSchemas,
  'app.info': empty,
  'app.openExternal': z.object({ url: z.string().max(2000) }).strict(),
  'app.copy': z.object({ text: longText, html: longText.optional() }).strict(),
  'app.findInPage': z
    .object({
      text: z.string().min(1).max(500),
      forward: z.boolean().optional(),
      next: z.boolean().optional(),
    })
    .strict(),
  'app.stopFindInPage': empty,
  'app.print': empty,
  'app.openPath': z.object({ path: z.string().min(1).max(4000) }).strict(),
  'app.showItemInFolder': z.object({ path: z.string().min(1).max(4000) }).strict(),
} satisfies { [M in ApiMethod]: z.ZodType<ApiInput<M>, ApiInput<M>> };

/** Mutually assignable and with the same keys (an optional field alone would pass assignability). */
type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;
type Mismatched = {
  [M in ApiMethod]: Same<z.output<(typeof apiSchemas)[M]>, ApiInput<M>> extends true ? never : M;
}[ApiMethod];
/**
 * `satisfies` above checks that every schema's output fits its call's input type; this checks the
 * other direction too, so a field typed in `ApiCalls` but missing from its schema fails the build.
 */
export const SCHEMAS_MATCH_CONTRACT: [Mismatched] extends [never] ? true : Mismatched = true;

export function isApiMethod(method: string): method is ApiMethod {
  return Object.hasOwn(apiSchemas, method);
}
