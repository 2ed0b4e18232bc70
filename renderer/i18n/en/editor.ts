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
  notFoundNote: 'Note not found',
  notFoundNoteBody: 'There is no note at this address. It may have been deleted.',
  navHandoutCount: '{count} items',
  navHandoutCount_one: '{count} item',
  backToNotes: 'To the notes',
  exportLanguage: 'Language of the export (page numbers, labels; the content is Danish)',
  exportLanguageDa: 'Danish',
  exportLanguageEn: 'English',
} satisfies Record<keyof typeof da, string>;
