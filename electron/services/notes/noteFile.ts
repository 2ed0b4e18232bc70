// The versioned JSON export file and its validation: the whole file is checked (encoding, JSON,
// shape, duplicate ids, factor ids) before anything is written, and a refusal names the place.
import { z } from 'zod';
import { ApiError, contentId, noteId } from '../../../shared/api';
import type { Note } from '../../../shared/notes/types';
import { clampTime, EARLIEST_TIME, inTimeRange, LATEST_TIME } from './timeRange';

export const NOTES_FILE_FORMAT = 'samspil-notes';
export const NOTES_FILE_VERSION = 1;
/** Larger files are refused before they are read (100,000 long notes fit well below). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const isoTime = z.iso
  .datetime({ offset: true })
  .refine(inTimeRange, `tidspunktet skal ligge mellem ${EARLIEST_TIME} og ${LATEST_TIME}`);
const fileNote = z
  .object({
    id: noteId,
    title: z.string().trim().min(1, 'titlen mangler').max(500),
    body: z.string().max(200_000),
    partnership: z.string().max(500).nullable(),
    organisations: z.array(z.string().max(500)).max(50),
    aboutDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'dato skal skrives ÅÅÅÅ-MM-DD')
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

function refuse(where: string, what: string): never {
  throw new ApiError('invalid-input', `Importfilen afvises${where ? ` (${where})` : ''}: ${what}`);
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
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
    refuse('', `filen er større end ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    refuse('', 'filen er ikke gyldig UTF-8-tekst');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    refuse('', `filen er ikke gyldig JSON (${error instanceof Error ? error.message : error})`);
  }
  const parsed = notesFile.safeParse(data, { error: z.locales.da().localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const more =
      parsed.error.issues.length > 1 ? ` (og ${parsed.error.issues.length - 1} fejl mere)` : '';
    refuse(pathText(issue.path) || 'hele filen', `${issue.message}${more}`);
  }
  const notes = parsed.data.notes.map((n) => ({
    ...n,
    createdAt: new Date(n.createdAt).toISOString(),
    updatedAt: new Date(n.updatedAt).toISOString(),
  }));
  const seen = new Map<string, number>();
  notes.forEach((note, i) => {
    const first = seen.get(note.id);
    if (first !== undefined)
      refuse(`notes[${i}].id`, `id'et ${note.id} står også i notes[${first}]`);
    seen.set(note.id, i);
    note.factors.forEach((factor, j) => {
      if (!factorAllowed(note.id, factor)) {
        refuse(`notes[${i}].factors[${j}]`, `ukendt succesfaktor "${factor}"`);
      }
    });
  });
  return notes;
}
