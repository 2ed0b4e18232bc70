// English texts of the editor's safety nets: undo, drafts, not-found pages, focus helpers.
import type { editor as da } from '../da/editor';

export const editor = {
  undo: 'Undo',
  undone: 'Undone.',
  undoFailed: 'Could not undo: {message}',
  dismissUndo: 'Close the undo message',
  itemRemoved: '“{title}” was removed from the handout.',
  itemMoved: '“{title}” was moved to item {position}.',
  handoutDeleted: 'The handout “{title}” was moved to the trash.',
  draftFound: 'You have an unsaved draft from {date}.',
  draftResume: 'Continue the draft',
  draftDiscard: 'Discard',
  draftKept: 'Draft kept {time}',
  draftSaveFailed: 'The draft could not be kept: {message}',
  leaveTitle: 'You have unsaved changes',
  notFoundNote: 'Note not found',
  notFoundNoteBody: 'There is no note at this address. It may have been deleted.',
  notFoundHandout: 'Handout not found',
  notFoundHandoutBody: 'There is no handout at this address. It may have been deleted.',
  notFoundContent: 'Page not found',
  notFoundContentBody: 'There is no content with the id “{id}”.',
  backToNotes: 'To the notes',
  backToHome: 'To the home page',
  backToHandout: 'To the handout',
} satisfies Record<keyof typeof da, string>;
