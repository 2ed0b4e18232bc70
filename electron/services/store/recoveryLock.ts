// Recovering a store (moving a damaged file or a stray -wal aside and putting a fresh store in its
// place) is check-then-act across processes: two openers that found the same damage at once
// would each move aside what the other had just created, and the notes written into it would
// vanish from view. One lock next to the database makes the check and the move one step.
// proper-lockfile's lock is a directory (atomic on every file system, network drives included)
// that counts as stale once its holder stops touching it, so a killed holder blocks no one for long.
import lockfile from 'proper-lockfile';
import { ApiError } from '../../../shared/api';

/** How long an opener waits for another one's recovery (moves and a fresh file: milliseconds). */
const WAIT_MS = 15_000;
const POLL_MS = 20;
/** A lock not touched for this long belongs to a process that died while recovering. */
const STALE_MS = 10_000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export const recoveryLockPath = (dbPath: string): string => `${dbPath}.recovering`;

function acquire(dbPath: string): () => void {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      return lockfile.lockSync(dbPath, {
        realpath: false,
        lockfilePath: recoveryLockPath(dbPath),
        stale: STALE_MS,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (Date.now() > deadline) throw new ApiError('unavailable', 'store-busy', { file: dbPath });
      sleep(POLL_MS);
    }
  }
}

/** Runs `fn` while no other process recovers the same store. */
export function withRecoveryLock<T>(dbPath: string, fn: () => T): T {
  const release = acquire(dbPath);
  try {
    return fn();
  } finally {
    release();
  }
}
