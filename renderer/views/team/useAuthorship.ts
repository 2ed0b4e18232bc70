// Which notes or handouts are shared, and who wrote them, kept current: after every sync (the team
// status changes), after any share box anywhere in the app is ticked, and after every change of
// the notes (a restore, an import, a sync).
import { useCallback, useEffect, useState } from 'react';
import type { TeamAuthorship, TeamItemKind, TeamStatus } from '../../../shared/team/types';
import { call } from '../../api/client';
import { NOTES_CHANGED } from '../notes/notesChanged';
import { announceTeamStatus, useTeamStatus } from './teamSync';

const SHARING_CHANGED = 'samspil:team-sharing-changed';

export interface Authorship {
  joined: boolean;
  /** Null until the status is known. */
  status: TeamStatus | null;
  /** Local id → who wrote it; only items the team library knows. */
  byId: Map<string, TeamAuthorship>;
  /** Shares or unshares items, tells every view, and says how many changed. */
  setShared(ids: string[], shared: boolean): Promise<number>;
}

export function useAuthorship(kind: TeamItemKind): Authorship {
  const status = useTeamStatus();
  const joined = status?.joined === true;
  const [byId, setById] = useState<Map<string, TeamAuthorship>>(new Map());
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const reload = () => setGeneration((g) => g + 1);
    window.addEventListener(SHARING_CHANGED, reload);
    window.addEventListener(NOTES_CHANGED, reload);
    return () => {
      window.removeEventListener(SHARING_CHANGED, reload);
      window.removeEventListener(NOTES_CHANGED, reload);
    };
  }, []);

  useEffect(() => {
    if (!joined) {
      setById(new Map());
      return;
    }
    let current = true;
    call('team.authorship', { kind }).then(
      (rows) => current && setById(new Map(rows.map((r) => [r.localId, r]))),
      () => undefined, // the share boxes stay as they were; the next sync tries again
    );
    return () => {
      current = false;
    };
    // `status` changes after every sync: who changed what may have changed with it.
  }, [kind, joined, status, generation]);

  const setShared = useCallback(
    async (ids: string[], shared: boolean) => {
      if (ids.length === 0) return 0;
      const { changed } = await call('team.setShared', { kind, ids, shared });
      window.dispatchEvent(new Event(SHARING_CHANGED));
      announceTeamStatus(await call('team.status', {}));
      return changed;
    },
    [kind],
  );

  return { joined, status, byId, setShared };
}
