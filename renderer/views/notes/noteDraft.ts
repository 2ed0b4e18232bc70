// The note form's state as the fields hold it (strings, one organisation a line), and the
// conversion to and from the notes API.
import type { Note, NoteInput } from '../../../shared/notes/types';
import { linesOf } from './noteHelpers';

export interface Draft {
  title: string;
  body: string;
  partnership: string;
  organisations: string;
  aboutDate: string;
  factors: string[];
  links: string[];
  /** The user's own partnerships the note belongs to (Mine partnerskaber). */
  partnershipIds: string[];
  /** A new note to be shared on its first save (absent when not: an untouched form stays clean). */
  shareOnSave?: true;
}

export const draftOf = (note: Note | null): Draft => ({
  title: note?.title ?? '',
  body: note?.body ?? '',
  partnership: note?.partnership ?? '',
  organisations: (note?.organisations ?? []).join('\n'),
  aboutDate: note?.aboutDate ?? '',
  factors: note?.factors ?? [],
  links: note?.links ?? [],
  partnershipIds: note?.partnershipIds ?? [],
});

export const inputOf = (draft: Draft): NoteInput => ({
  title: draft.title,
  body: draft.body,
  partnership: draft.partnership.trim() || null,
  organisations: linesOf(draft.organisations),
  aboutDate: draft.aboutDate || null,
  factors: draft.factors,
  links: draft.links,
  partnershipIds: draft.partnershipIds,
});
