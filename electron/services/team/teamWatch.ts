// Syncs the team library when its folder changes, in the main process (the app and the e2e
// bridge; the CLI never watches). The renderer learns of these syncs by asking `team.changes`,
// a cheap call that returns counters and the status of the last one: the IPC door stays
// invoke-only, with no channel that pushes into the page.
//
// Syncs run synchronously on the main process's thread, so a folder-triggered sync and one the
// user asked for can never run at once; the debounce makes a burst of files one sync.
import type { SyncReport, TeamChanges } from '../../../shared/team/types';
import type { Log } from '../log/fileLog';
import { watchFolder, type FolderWatch, type FolderWatchOptions } from './folderWatch';
import type { TeamService } from './teamService';

export type TeamWatchOptions = Partial<FolderWatchOptions>;

export const TEAM_WATCH_DEFAULTS: FolderWatchOptions = {
  quietMs: 1_500,
  maxWaitMs: 15_000,
  checkEveryMs: 5_000,
  events: true,
};

export interface WatchedTeam {
  /** The team service, whose join and leave move the watch and whose syncs it takes as seen. */
  team: TeamService;
  /** A sync of the main process's own (a change of the folder, a restored backup). */
  syncByItself(): void;
  stop(): void;
}

export function watchTeam(
  team: TeamService,
  options: TeamWatchOptions = {},
  log?: Log,
): WatchedTeam {
  const settings = { ...TEAM_WATCH_DEFAULTS, ...options };
  let watch: FolderWatch | undefined;
  let target: string | undefined;
  let stopped = false;
  const changes: TeamChanges = { watching: false, generation: 0, appliedAt: 0, status: null };

  function record(report: SyncReport): void {
    changes.generation += 1;
    if (report.applied > 0) changes.appliedAt = changes.generation;
    changes.status = report.status;
  }

  function syncByItself(): void {
    try {
      record(team.sync());
    } catch (error) {
      // A busy store or a failing disk: the next change, the timer or the button tries again.
      log?.warn('team.watch-sync-failed', {}, error);
    }
    watch?.markSeen();
  }

  /** Watches the folder joined now (another process may have joined or left meanwhile). */
  function retarget(): void {
    if (stopped) return;
    const info = team.folderInfo();
    if (info?.changesDir === target) return;
    watch?.stop();
    watch = undefined;
    target = info?.changesDir;
    changes.watching = info !== null;
    if (!info) return;
    watch = watchFolder(info.changesDir, settings, {
      onChange: syncByItself,
      // This device's own change files and every temp file (the rename that follows is an event).
      ignore: (name) => name.startsWith('.') || name.startsWith(`${info.device}-`),
    });
  }

  const retargetTimer = setInterval(retarget, settings.checkEveryMs);
  retargetTimer.unref();
  const first = setTimeout(retarget, 0);
  first.unref();

  const taken = <T>(result: T): T => {
    watch?.markSeen();
    return result;
  };
  const watched: TeamService = {
    ...team,
    join(folder, displayName) {
      const status = team.join(folder, displayName);
      retarget();
      return status;
    },
    leave() {
      const status = team.leave();
      retarget();
      return status;
    },
    sync: () => taken(team.sync()),
    resolve: (kind, localId, item) => taken(team.resolve(kind, localId, item)),
    changes: () => ({ ...changes }),
  };
  return {
    team: watched,
    syncByItself,
    stop() {
      stopped = true;
      clearInterval(retargetTimer);
      clearTimeout(first);
      watch?.stop();
      watch = undefined;
      changes.watching = false;
    },
  };
}
