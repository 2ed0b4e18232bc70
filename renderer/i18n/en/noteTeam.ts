// English texts of the team library on the note page and in the notes list.
import type { noteTeam as da } from '../da/noteTeam';

export const noteTeam = {
  shareLegend: 'Team library',
  shareLabel: 'Share with the team',
  shareHelp:
    'Shared notes go to the team folder at the next sync. Private notes never leave this computer.',
  shareOnSaveHelp:
    'The note is shared when you first save it. Private notes never leave this computer.',
  sharedNow: 'The note is shared with the team. It goes out at the next sync.',
  privateNow: 'The note is private again. Colleagues keep the copy they already have.',
  shareFailed: 'Sharing was not changed: {message}',
  shareOnSaveFailed: 'The note is saved, but it was not shared: {message}',
  notJoined: 'Want to share notes with colleagues?',
  notJoinedLink: 'Choose a team folder in Settings → Team library',
  authorLine: 'Written by {createdBy} · last changed by {author} on {date} at {time}',
  authorLineSame: 'Written by {createdBy} · last changed on {date} at {time}',
  notSentYet: 'Shared, but not sent yet: it goes out at the next sync.',
  conflict: 'Conflict: two versions. The note was changed in two places at the same time.',
  conflictLink: 'Resolve the conflict in Settings → Team library',
  sharedMarker: 'Shared',
  rowAuthor: 'Written by {author}',
  rowNotSent: 'goes out at the next sync',
  rowConflict: 'conflict',
  filterAuthor: 'Author',
  filterAuthorAll: 'All authors',
  filterAuthorMine: 'My own',
  bulkShare: 'Share with the team',
  bulkPrivate: 'Make private',
  bulkShared: '{count} notes are shared with the team. They go out at the next sync.',
  bulkShared_one: '{count} note is shared with the team. It goes out at the next sync.',
  bulkMadePrivate: '{count} notes are made private. Colleagues keep the copy they have.',
  bulkMadePrivate_one: '{count} note is made private. Colleagues keep the copy they have.',
} satisfies typeof da;
