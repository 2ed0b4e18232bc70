// Watches one flat folder and says, once it has been quiet for a while, that it changed. Two
// sources, because neither suffices alone:
// - the system's events (fs.watch): immediate where they come (local disks, most sync clients);
// - a cheap check of the folder's listing every few seconds (its identity and its names; no file
//   is opened): network drives (SMB) and some sync clients deliver no events at all, and a
//   folder that went away and came back needs a new watch.
// A folder that cannot be listed (a disconnected drive) is reported once as a change, calmly;
// when it is back the watch is armed again and that is a change too.
//
// Written here rather than with chokidar: the folder is flat, only "something changed" matters,
// and chokidar's own fallback (polling) stats every file, which at 10,000 change files on a
// network drive costs far more than listing names; chokidar 5/6 also wants a newer Node than
// some Electron releases carry.
import crypto from 'node:crypto';
import fs from 'node:fs';

export interface FolderWatchOptions {
  /** Quiet time after the last change before `onChange` runs: a sync tool writes in bursts. */
  quietMs: number;
  /** The longest wait from the first change of a burst, so that a stream that never stops still counts. */
  maxWaitMs: number;
  /** How often the listing is compared. */
  checkEveryMs: number;
  /** Whether to ask the system for events; false leaves only the listing check (as on SMB). */
  events: boolean;
}

export interface FolderWatchHandlers {
  /** The folder changed (or went away, or came back) and has been quiet since. */
  onChange(): void;
  /** Names whose events mean nothing (this device's own files and temp files). */
  ignore?(name: string): boolean;
}

export interface FolderWatch {
  /** Takes the folder as it is now as seen (after a sync this device ran itself). */
  markSeen(): void;
  stop(): void;
}

/** The folder's identity and names, hashed; null when it cannot be listed. */
export function listingOf(folder: string): string | null {
  try {
    const stat = fs.statSync(folder);
    if (!stat.isDirectory()) return null;
    const names = fs.readdirSync(folder).sort();
    const hash = crypto.createHash('sha1').update(names.join('\n')).digest('hex');
    return `${stat.dev}:${stat.ino}:${names.length}:${hash}`;
  } catch {
    return null;
  }
}

export function watchFolder(
  folder: string,
  options: FolderWatchOptions,
  handlers: FolderWatchHandlers,
): FolderWatch {
  let watcher: fs.FSWatcher | undefined;
  let seen: string | null | undefined;
  let lastChecked: string | null | undefined;
  let quiet: NodeJS.Timeout | undefined;
  let burstStart: number | null = null;
  let stopped = false;

  function disarm(): void {
    watcher?.close();
    watcher = undefined;
  }

  function arm(): void {
    if (!options.events || watcher) return;
    try {
      // Not persistent: a watch never keeps a process alive on its own.
      watcher = fs.watch(folder, { persistent: false }, (_event, name) => {
        if (name !== null && handlers.ignore?.(String(name))) return;
        changed();
      });
      // The folder went away under the watch: the listing check arms it again once it is back.
      watcher.on('error', disarm);
    } catch {
      watcher = undefined;
    }
  }

  function settle(): void {
    quiet = undefined;
    burstStart = null;
    if (stopped) return;
    handlers.onChange();
    markSeen();
  }

  function changed(): void {
    if (stopped) return;
    const now = Date.now();
    burstStart ??= now;
    clearTimeout(quiet);
    const wait = Math.min(options.quietMs, Math.max(0, burstStart + options.maxWaitMs - now));
    quiet = setTimeout(settle, wait);
    quiet.unref();
  }

  function markSeen(): void {
    seen = lastChecked = listingOf(folder);
  }

  function check(): void {
    if (stopped) return;
    const listing = listingOf(folder);
    const identity = (l: string | null | undefined) => l?.split(':').slice(0, 2).join(':');
    if (listing === null) disarm();
    else if (identity(listing) !== identity(lastChecked)) {
      disarm(); // a new folder under the same name: the old watch sees nothing of it
      arm();
    } else arm();
    if (seen === undefined) {
      seen = lastChecked = listing; // the first look; the sync at start is the caller's
      return;
    }
    if (listing === lastChecked) return;
    lastChecked = listing;
    if (listing !== seen) changed();
  }

  const timer = setInterval(check, options.checkEveryMs);
  timer.unref();
  const first = setTimeout(check, 0);
  first.unref();
  return {
    markSeen,
    stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      clearTimeout(quiet);
      disarm();
    },
  };
}
