// The versioned JSON export file and its validation: the whole file is checked (encoding, JSON,
// shape, duplicate ids, factor ids) before anything is written, and a refusal names the place.
import { z } from 'zod';
import { ApiError, apiIssue, type ApiIssue } from '../../../shared/errors/apiError';
import { formatPath, type IssuePath } from '../../../shared/errors/issuePath';
import type { TextParams } from '../../../shared/interpolate';
import type { IssueCode } from '../../../shared/errors/texts.da';
import { issuesFromZod } from '../../../shared/errors/zodIssues';
import { calendarDate, contentId, freeText, noteId } from '../../../shared/apiSchemas';
import type { Note } from '../../../shared/notes/types';
import { isCalendarDate, isDateInRange } from '../../../shared/notes/calendarDate';
import { readUserFile } from '../userFiles';
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
    title: freeText(500).trim().min(1, 'title-missing'),
    body: freeText(200_000),
    partnership: freeText(500).nullable(),
    organisations: z.array(freeText(500)).max(50),
    aboutDate: calendarDate.nullable(),
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

/**
 * A date stored before dates were checked (such as 2024-99-99) is left out of the export, which
 * would otherwise be refused on import: Samspil must always be able to import its own export.
 */
function exportableDate(date: string | null): string | null {
  return date !== null && isCalendarDate(date) && isDateInRange(date) ? date : null;
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
      aboutDate: exportableDate(n.aboutDate),
      createdAt: clampTime(n.createdAt),
      updatedAt: clampTime(n.updatedAt),
      factors: n.factors,
      links: n.links,
    })),
  };
}

/** Reads an import file: a regular file only, no more than MAX_IMPORT_BYTES, checked while reading. */
export function readImportFile(file: string): Buffer {
  return readUserFile(file, { maxBytes: MAX_IMPORT_BYTES, lead: 'import-refused' });
}

/** Where JSON.parse stopped, in Danish: V8's message is English and may quote the file. */
function jsonErrorPlace(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const at = /\(line (\d+) column (\d+)\)/.exec(message);
  if (at) return `linje ${at[1]}, kolonne ${at[2]}`;
  if (/end of JSON input/.test(message)) return 'den slutter midt i';
  return 'ukendt sted';
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
 * Decodes and validates a notes file. `factorAllowed(noteId, factorId)` and `linkAllowed(noteId,
 * linkId)` say whether an id may stand on a note (known to the content, or already on the stored
 * note).
 */
export function parseNotesFile(
  bytes: Uint8Array,
  factorAllowed: (noteId: string, factorId: string) => boolean,
  linkAllowed: (noteId: string, linkId: string) => boolean = () => true,
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
    refuse([], 'import-not-json', { detail: jsonErrorPlace(error) });
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
    note.links.forEach((id, j) => {
      if (!linkAllowed(note.id, id)) {
        refuse(['notes', i, 'links', j], 'unknown-link', { id });
      }
    });
  });
  return notes;
}
