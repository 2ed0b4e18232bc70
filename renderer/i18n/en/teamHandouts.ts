// English texts of shared handouts and of the authors of cited notes.
import type { teamHandouts as da } from '../da/teamHandouts';

export const teamHandouts = {
  shareHandout: 'Share with the team',
  shareHandoutNamed: 'Share with the team: {title}',
  shared: 'Shared',
  sharedPending: 'Shared · sent at the next sync',
  sharedChanged: 'Shared · last changed by {author}, {time}',
  sharedCreatedChanged: 'Shared · created by {createdBy} · last changed by {author}, {time}',
  listHeading: 'Share handouts',
  listHelp:
    'Tick the handouts colleagues should see. Notes a handout cites must be shared on their own before colleagues can see them.',
  listShareOne: 'Share handout: {title}',
  listShareAll: 'Share all handouts',
  listShareNone: 'Make all handouts private',
  noHandouts: 'You have no handouts yet.',
  noteBy: 'Note by {author}',
  noteChanged: 'Note by {author}, last changed {time}',
  noteChangedBy: 'Note by {author}, last changed by {changedBy}, {time}',
  privateNotesOne:
    'One note in the handout is private: colleagues see it as “Content missing” until it is shared.',
  privateNotes:
    '{count} notes in the handout are private: colleagues see them as “Content missing” until they are shared.',
  sharePrivateNotesOne: 'Share the note too',
  sharePrivateNotes: 'Share the {count} notes too',
  privateNotesShared: 'The notes are shared with the team and go out at the next sync.',
} satisfies typeof da;
