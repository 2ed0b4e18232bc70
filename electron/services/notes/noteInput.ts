// Checks what the UI or the CLI asks to store: the contract's schema (Danish messages naming the
// field), duplicates dropped, and factor ids checked against the content's taxonomy.
import { z } from 'zod';
import { ApiError, noteInputSchema } from '../../../shared/api';
import type { Note, NoteInput } from '../../../shared/notes/types';
import { issueError } from '../issueError';

const updateSchema = noteInputSchema.partial();
const danishErrors = { error: z.locales.da().localeError };

function invalid(error: z.ZodError): ApiError {
  const issue = error.issues[0] as z.core.$ZodIssue;
  const where = issue.path.map(String).join('.');
  return new ApiError('invalid-input', `${where ? `${where}: ` : ''}${issue.message}`);
}

function unique(values: string[] | undefined): string[] | undefined {
  return values ? [...new Set(values)] : undefined;
}

export function parseNoteInput(input: unknown): NoteInput {
  const parsed = noteInputSchema.safeParse(input, danishErrors);
  if (!parsed.success) throw invalid(parsed.error);
  return {
    ...parsed.data,
    factors: unique(parsed.data.factors),
    links: unique(parsed.data.links),
    organisations: parsed.data.organisations,
  };
}

export function parseNotePatch(input: unknown): Partial<NoteInput> {
  const parsed = updateSchema.safeParse(input, danishErrors);
  if (!parsed.success) throw invalid(parsed.error);
  const patch: Partial<NoteInput> = { ...parsed.data };
  if (parsed.data.factors) patch.factors = unique(parsed.data.factors);
  if (parsed.data.links) patch.links = unique(parsed.data.links);
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
  for (const factor of factors) {
    if (!known.has(factor) && !alreadyOnNote.includes(factor)) {
      throw new ApiError('invalid-input', `factors: ukendt succesfaktor "${factor}"`);
    }
  }
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

export function isNoteId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}
