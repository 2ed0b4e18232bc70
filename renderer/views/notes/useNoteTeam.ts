// The team library as the notes views need it: whether the user has joined, their display name,
// and who wrote each shared note. Kept current by every sync and share anywhere in the app (the
// team status event) and by every change of the notes (a restore, an import, a sync).
import { useCallback, useEffect, useState } from 'react';
import type { TeamStatus } from '../../../shared/team/types';
import { call } from '../../api/client';
import { announceTeamStatus, useTeamStatus } from '../team/teamSync';
import type { AuthorshipById } from './noteAuthorship';
import { NOTES_CHANGED } from './notesChanged';

export interface NoteTeam {
  /** Null until the status is known, and whenever the user has not joined a team library. */
  joined: TeamStatus | null;
  /** True once the status is known (so "not joined" is not said while it loads). */
  known: boolean;
  rows: AuthorshipById;
  /** Shares or unshares notes, then tells every view (header status, lists) about it. */
  setShared: (ids: string[], shared: boolean) => Promise<number>;
}

const NONE: AuthorshipById = new Map();

export function useNoteTeam(): NoteTeam {
  const status = useTeamStatus();
  const joined = status?.joined ? status : null;
  const [rows, setRows] = useState<AuthorshipById>(NONE);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const reload = () => setGeneration((g) => g + 1);
    window.addEventListener(NOTES_CHANGED, reload);
    return () => window.removeEventListener(NOTES_CHANGED, reload);
  }, []);

  useEffect(() => {
    if (!joined) {
      setRows(NONE);
      return;
    }
    let current = true;
    call('team.authorship', { kind: 'note' }).then(
      (list) => current && setRows(new Map(list.map((r) => [r.localId, r]))),
      () => current && setRows(NONE),
    );
    return () => {
      current = false;
    };
  }, [joined, generation]);

  const setShared = useCallback(async (ids: string[], shared: boolean) => {
    if (ids.length === 0) return 0;
    const { changed } = await call('team.setShared', { kind: 'note', ids, shared });
    // The new status (items waiting) reaches the header and, through it, reloads the rows.
    announceTeamStatus(await call('team.status', {}));
    return changed;
  }, []);

  return { joined, known: status !== null, rows, setShared };
}
