// Checks what the UI or the CLI asks to store: the contract's schema (every issue with its field),
// duplicates dropped, and factor ids checked against the content's taxonomy.
import { isUuid } from '../../../shared/ids';
import { ApiError, apiIssue } from '../../../shared/errors/apiError';
import { noteInputSchema } from '../../../shared/apiSchemas';
import { parseOrThrow } from '../../../shared/errors/zodIssues';
import type { Note, NoteInput } from '../../../shared/notes/types';
import { issueError } from '../issueError';

const updateSchema = noteInputSchema.partial();

function unique(values: string[] | undefined): string[] | undefined {
  return values ? [...new Set(values)] : undefined;
}

export function parseNoteInput(input: unknown): NoteInput {
  const parsed = parseOrThrow(noteInputSchema, input);
  return {
    ...parsed,
    factors: unique(parsed.factors),
    links: unique(parsed.links),
    organisations: parsed.organisations,
  };
}

export function parseNotePatch(input: unknown): Partial<NoteInput> {
  const parsed = parseOrThrow(updateSchema, input);
  const patch: Partial<NoteInput> = { ...parsed };
  if (parsed.factors) patch.factors = unique(parsed.factors);
  if (parsed.links) patch.links = unique(parsed.links);
  return patch;
}

/**
 * Refuses factor ids the content does not know, except those already on the note: a factor a
 * later content version dropped stays on the note (and is reported as unknown).
 */
export function checkFactors(
  factors: string[],
  known: Set<string> | undefined,
  alreadyOnNote: string[] = [],
): void {
  if (!known) return;
  const issues = factors.flatMap((id, i) =>
    known.has(id) || alreadyOnNote.includes(id)
      ? []
      : [apiIssue('unknown-factor', { id }, ['factors', i])],
  );
  if (issues.length > 0) throw new ApiError('invalid-input', issues);
}

/**
 * Refuses link ids the content does not have (naming the id), except those already on the note,
 * which stay when a later content version drops their target.
 */
export function checkLinks(
  links: string[],
  isKnown: ((id: string) => boolean) | undefined,
  alreadyOnNote: string[] = [],
): void {
  if (!isKnown) return;
  links.forEach((id, index) => {
    if (!isKnown(id) && !alreadyOnNote.includes(id)) {
      throw issueError('invalid-input', {
        path: ['links', index],
        code: 'unknown-link',
        params: { id },
      });
    }
  });
}

/** The note as shown: with `unknownFactors` when some of its factor ids are no longer known. */
export function withUnknownFactors(note: Note, known: Set<string> | undefined): Note {
  if (!known) return note;
  const unknown = note.factors.filter((f) => !known.has(f));
  return unknown.length > 0 ? { ...note, unknownFactors: unknown } : note;
}

export const isNoteId = isUuid;
