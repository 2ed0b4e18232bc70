// Watches one flat folder and says, once it has been quiet for a while, that it changed. Two
// sources, because neither suffices alone:
// - the system's events (fs.watch): immediate where they come (local disks, most sync clients);
// - a cheap check of the folder's listing every few seconds (its identity and its names; no file
//   is opened): network drives (SMB) and some sync clients deliver no events at all, and a
//   folder that went away and came back needs a new watch.
// A folder that cannot be listed (a disconnected drive) is reported once as a change, calmly;
// when it is back the watch is armed again and that is a change too.
//
// Written here rather than with chokidar (not among the dependencies; 6.0.0 asks for Node
// >= 22.22): the folder is flat and only "something changed" matters, which fs.watch gives, and
// chokidar's fallback for drives without events (polling) stats every file, which at 10,000
// change files on a network drive costs far more than listing their names.
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
  /**
   * Names that are no change (this device's own files and temp files): their events are
   * ignored and the listing leaves them out, so a sync's own writes never call for another.
   */
  ignore?(name: string): boolean;
}

export interface FolderWatch {
  /** Settles once the first look at the folder is taken: changes from then on are noticed. */
  ready: Promise<void>;
  stop(): void;
}

/**
 * The folder's identity and names, hashed; null when it cannot be listed. Asynchronous: on a slow
 * network drive the listing must not hold up the main process's thread.
 */
export async function listingOf(
  folder: string,
  ignore: (name: string) => boolean = () => false,
): Promise<string | null> {
  try {
    const stat = await fs.promises.stat(folder);
    if (!stat.isDirectory()) return null;
    const names = (await fs.promises.readdir(folder)).filter((n) => !ignore(n)).sort();
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
  let checking = false;
  // Listings finish out of order; only the newest one asked for counts.
  let asked = 0;
  let answered = 0;

  async function look(): Promise<{ listing: string | null; newest: boolean }> {
    const ticket = ++asked;
    const listing = await listingOf(folder, handlers.ignore);
    const newest = ticket > answered && !stopped;
    if (newest) answered = ticket;
    return { listing, newest };
  }

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

  /** Looks before `onChange`, so that whatever changes during it is a change for the next. */
  async function settle(): Promise<void> {
    quiet = undefined;
    burstStart = null;
    if (stopped) return;
    const { listing, newest } = await look();
    if (stopped) return;
    handlers.onChange();
    if (newest) seen = lastChecked = listing;
  }

  function changed(): void {
    if (stopped) return;
    const now = Date.now();
    burstStart ??= now;
    clearTimeout(quiet);
    const wait = Math.min(options.quietMs, Math.max(0, burstStart + options.maxWaitMs - now));
    quiet = setTimeout(() => void settle(), wait);
    quiet.unref();
  }

  async function check(): Promise<void> {
    if (stopped || checking) return;
    checking = true;
    try {
      const { listing, newest } = await look();
      if (newest) compare(listing);
    } finally {
      checking = false;
    }
  }

  function compare(listing: string | null): void {
    const identity = (l: string | null | undefined) => l?.split(':').slice(0, 2).join(':');
    if (listing === null) disarm();
    else if (lastChecked !== undefined && identity(listing) !== identity(lastChecked)) {
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

  // Armed before the first look, so that nothing written meanwhile goes unnoticed.
  arm();
  const ready = check();
  const timer = setInterval(() => void check(), options.checkEveryMs);
  timer.unref();
  return {
    ready,
    stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(quiet);
      disarm();
    },
  };
}
