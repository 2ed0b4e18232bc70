// English texts of deleting a partnership and of choosing a note's partnerships (see da/).
import type { PartnershipLinksMessages } from '../da/partnershipLinks';

export const partnershipLinks = {
  deleteHeading: 'Delete the partnership',
  deleteLead:
    'The partnership and its Partnerskabstjek with its whole history go to the trash. The notes that belong to it stay, with all their text.',
  deleteOpen: 'Delete partnership …',
  deleteChecking: 'Counting assessments and notes …',
  deleteLabel: 'Delete “{name}”?',
  deleteConfirmIntro: 'Delete the partnership “{name}”?',
  deleteAssessments: 'Its {count} assessments in the Partnerskabstjek history are deleted with it.',
  deleteAssessments_one: 'Its one assessment in the Partnerskabstjek history is deleted with it.',
  deleteAssessmentsNone: 'It has no assessments yet.',
  deleteNotes:
    '{count} notes belong to it: the notes stay with their text, only their link to the partnership is removed.',
  deleteNotes_one:
    '1 note belongs to it: the note stays with its text, only its link to the partnership is removed.',
  deleteNotesNone: 'No notes belong to it.',
  deleteSafety: 'A backup is taken first, and you can undo the deletion.',
  deleteConfirm: 'Delete the partnership',
  deleteCancel: 'Cancel',
  deleteFailed: 'The partnership was not deleted: {message}',
  deleted: 'The partnership “{name}” is deleted.',
  notFoundTitle: 'The partnership does not exist',
  notFoundBody:
    'It may have been deleted. Right after a deletion, Undo (or Ctrl+Z) brings it back with its whole history.',
  backupReason: 'before a partnership was deleted',
  chooserLabel: 'My partnerships',
  chooserHint:
    'Those of your own partnerships the note belongs to. Type to search, arrow down shows them all.',
  chooserUnknown: 'Unknown partnership',
  chooserLoadFailed: 'Your partnerships could not be loaded: {message}',
  chooserNone: 'You have no partnerships yet.',
  chooserCreate: 'Create one under My partnerships',
  freeTextLabel: 'Partnership as free text',
  freeTextHint:
    'For a partnership that is not among your own. The text is kept on the note; “Bring in partnerships from the notes” can later make it a partnership.',
} satisfies PartnershipLinksMessages;
