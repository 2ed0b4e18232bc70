// The versioned JSON export file and its validation: the whole file is checked (encoding, JSON,
// shape, duplicate ids, factor ids) before anything is written, and a refusal names the place.
import { z } from 'zod';
import { ApiError, apiIssue, type ApiIssue } from '../../../shared/errors/apiError';
import { formatPath, type IssuePath } from '../../../shared/errors/issuePath';
import type { TextParams } from '../../../shared/interpolate';
import type { IssueCode } from '../../../shared/errors/texts.da';
import { issuesFromZod } from '../../../shared/errors/zodIssues';
import { contentId, noteId } from '../../../shared/apiSchemas';
import type { Note } from '../../../shared/notes/types';
import { clampTime, EARLIEST_TIME, inTimeRange, LATEST_TIME } from './timeRange';

export const NOTES_FILE_FORMAT = 'samspil-notes';
export const NOTES_FILE_VERSION = 1;
/** Larger files are refused before they are read (100,000 long notes fit well below). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const isoTime = z.iso.datetime({ offset: true }).refine(inTimeRange, {
  message: 'time-out-of-range',
  params: { earliest: EARLIEST_TIME, latest: LATEST_TIME },
});
const fileNote = z
  .object({
    id: noteId,
    title: z.string().trim().min(1, 'title-missing').max(500),
    body: z.string().max(200_000),
    partnership: z.string().max(500).nullable(),
    organisations: z.array(z.string().max(500)).max(50),
    aboutDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid-date')
      .nullable(),
    createdAt: isoTime,
    updatedAt: isoTime,
    factors: z.array(contentId).max(100),
    links: z.array(contentId).max(200),
  })
  .strict();

const notesFile = z
  .object({
    format: z.literal(NOTES_FILE_FORMAT),
    version: z.literal(NOTES_FILE_VERSION),
    exportedAt: isoTime,
    notes: z.array(fileNote).max(1_000_000),
  })
  .strict();

export interface NotesFile {
  format: typeof NOTES_FILE_FORMAT;
  version: typeof NOTES_FILE_VERSION;
  exportedAt: string;
  notes: Note[];
}

export function toNotesFile(notes: Note[], now: Date): NotesFile {
  return {
    format: NOTES_FILE_FORMAT,
    version: NOTES_FILE_VERSION,
    exportedAt: now.toISOString(),
    notes: notes.map((n) => ({
      id: n.id,
      title: n.title,
      body: n.body,
      partnership: n.partnership,
      organisations: n.organisations,
      aboutDate: n.aboutDate,
      createdAt: clampTime(n.createdAt),
      updatedAt: clampTime(n.updatedAt),
      factors: n.factors,
      links: n.links,
    })),
  };
}

/** Issues shown after the refusal itself; a file with thousands of bad notes names the first. */
const MAX_ISSUES = 20;

function refuseWith(issues: ApiIssue[]): never {
  throw new ApiError('invalid-input', [apiIssue('import-refused'), ...issues.slice(0, MAX_ISSUES)]);
}

function refuse(path: IssuePath, code: IssueCode, params: TextParams = {}): never {
  refuseWith([apiIssue(code, params, path)]);
}

/**
 * Decodes and validates a notes file. `factorAllowed(noteId, factorId)` says whether a factor id
 * may stand on a note (known to the content, or already on the stored note).
 */
export function parseNotesFile(
  bytes: Uint8Array,
  factorAllowed: (noteId: string, factorId: string) => boolean,
): Note[] {
  if (bytes.length > MAX_IMPORT_BYTES) {
    refuse([], 'import-too-large', { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    refuse([], 'import-not-utf8');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    refuse([], 'import-not-json', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const parsed = notesFile.safeParse(data, { reportInput: true });
  if (!parsed.success) refuseWith(issuesFromZod(parsed.error));
  const notes = parsed.data.notes.map((n) => ({
    ...n,
    createdAt: new Date(n.createdAt).toISOString(),
    updatedAt: new Date(n.updatedAt).toISOString(),
  }));
  const seen = new Map<string, number>();
  notes.forEach((note, i) => {
    const first = seen.get(note.id);
    if (first !== undefined) {
      refuse(['notes', i, 'id'], 'import-duplicate-id', {
        id: note.id,
        first: formatPath(['notes', first]),
      });
    }
    seen.set(note.id, i);
    note.factors.forEach((factor, j) => {
      if (!factorAllowed(note.id, factor)) {
        refuse(['notes', i, 'factors', j], 'unknown-factor', { id: factor });
      }
    });
  });
  return notes;
}
