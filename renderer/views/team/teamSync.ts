// One place that syncs the team library and tells every view: the header status, the settings
// section and the notes (which reload when a sync changed them).
import { useEffect, useState } from 'react';
import type { SyncReport, TeamChanges, TeamStatus } from '../../../shared/team/types';
import { call } from '../../api/client';
import { announceNotesChanged } from '../notes/notesChanged';

const TEAM_CHANGED = 'samspil:team-changed';
/** How often a joined device syncs by itself (besides at start and on "Synkronisér nu"). */
export const SYNC_EVERY_MS = 60_000;
/** How often the renderer asks what the main process synced when the folder changed. */
export const CHANGES_EVERY_MS = 2_000;

let running: Promise<SyncReport> | null = null;

export function announceTeamStatus(status: TeamStatus): void {
  window.dispatchEvent(new CustomEvent<TeamStatus>(TEAM_CHANGED, { detail: status }));
}

/** Syncs once (a second request while one runs gets the same answer). */
export function syncTeam(): Promise<SyncReport> {
  running ??= call('team.sync', {})
    .then((report) => {
      announceTeamStatus(report.status);
      if (report.applied > 0) announceNotesChanged();
      return report;
    })
    .finally(() => {
      running = null;
    });
  return running;
}

/** The team status, kept current by every sync and change anywhere in the app. */
export function useTeamStatus(): TeamStatus | null {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  useEffect(() => {
    const listen = (event: Event) => setStatus((event as CustomEvent<TeamStatus>).detail);
    window.addEventListener(TEAM_CHANGED, listen);
    call('team.status', {}).then(setStatus, () => setStatus(null));
    return () => window.removeEventListener(TEAM_CHANGED, listen);
  }, []);
  return status;
}

/** Syncs at start and then on a timer while joined (mounted once, in the header). */
export function useTeamAutoSync(joined: boolean): void {
  useEffect(() => {
    if (!joined) return;
    void syncTeam().catch(() => undefined);
    const timer = window.setInterval(() => void syncTeam().catch(() => undefined), SYNC_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [joined]);
}

/**
 * Follows the syncs the main process runs by itself when the team folder changes: a cheap call
 * every few seconds (the IPC door stays invoke-only); a new sync updates the status, and one that
 * changed notes or handouts here makes the views reload.
 */
export function useTeamFolderChanges(joined: boolean): void {
  useEffect(() => {
    if (!joined) return;
    let seen: TeamChanges | null = null;
    let stopped = false;
    const ask = async () => {
      const next = await call('team.changes', {}).catch(() => null);
      if (stopped || next === null) return;
      if (seen !== null && next.generation !== seen.generation && next.status) {
        announceTeamStatus(next.status);
        if (next.appliedAt > seen.appliedAt) announceNotesChanged();
      }
      seen = next;
    };
    void ask();
    const timer = window.setInterval(() => void ask(), CHANGES_EVERY_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [joined]);
}
