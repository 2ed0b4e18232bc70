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
  /** The team service, whose join and leave move the watch. */
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

  function syncOnce(): void {
    try {
      record(team.sync());
    } catch (error) {
      // A busy store or a failing disk: the next change, the timer or the button tries again.
      log?.warn('team.watch-sync-failed', {}, error);
    }
  }

  /** Watches the folder joined now (another process may have joined or left meanwhile). */
  function retarget(): void {
    if (stopped) return;
    let info: ReturnType<TeamService['folderInfo']>;
    try {
      info = team.folderInfo();
    } catch (error) {
      // The team tables cannot be read now (another process holds the write lock for their
      // first migration, or a newer Samspil wrote them): keep what is watched, look again later.
      log?.warn('team.watch-folder-unknown', {}, error);
      return;
    }
    if (info?.changesDir === target) return;
    watch?.stop();
    watch = undefined;
    target = info?.changesDir;
    changes.watching = false;
    if (!info) return;
    const started = watchFolder(info.changesDir, settings, {
      onChange: syncOnce,
      // This device's own change files and every temp file (the rename that follows is an event).
      ignore: (name) => name.startsWith('.') || name.startsWith(`${info.device}-`),
    });
    watch = started;
    // "Watching" once the first look is taken: from then on no change goes unnoticed.
    void started.ready.then(() => {
      if (watch === started) changes.watching = true;
    });
  }

  const retargetTimer = setInterval(retarget, settings.checkEveryMs);
  retargetTimer.unref();
  const first = setTimeout(retarget, 0);
  first.unref();

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
    changes: () => ({ ...changes }),
  };
  return {
    team: watched,
    syncByItself: syncOnce,
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
