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
} satisfies typeof da;
