// The team library as the notes views need it: whether the user has joined, their display name,
// and who wrote each shared note (the shared authorship hook, in the shape the notes views use).
import type { TeamStatus } from '../../../shared/team/types';
import { useAuthorship } from '../team/useAuthorship';
import type { AuthorshipById } from './noteAuthorship';

export interface NoteTeam {
  /** Null until the status is known, and whenever the user has not joined a team library. */
  joined: TeamStatus | null;
  /** True once the status is known (so "not joined" is not said while it loads). */
  known: boolean;
  rows: AuthorshipById;
  /** Shares or unshares notes, then tells every view (header status, lists) about it. */
  setShared: (ids: string[], shared: boolean) => Promise<number>;
}

export function useNoteTeam(): NoteTeam {
  const { status, byId, setShared } = useAuthorship('note');
  return { joined: status?.joined ? status : null, known: status !== null, rows: byId, setShared };
}
