// Writes that are either absent or complete: temp file in the same folder, fsync, rename, fsync
// the folder, so a crash at any moment leaves the old file or the new one, never half of one.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * A temp name beside `target`, so the final rename stays on one file system. It carries the
 * writer's process id, so a cleanup can tell a crashed writer's leftovers from a file another
 * process is writing right now.
 */
export function tempPathFor(target: string): string {
  const suffix = crypto.randomBytes(6).toString('hex');
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${suffix}.tmp`);
}

export function fsyncPath(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    // Some file systems (and Windows for folders) refuse fsync on a directory; the rename is
    // still atomic there, only its durability across power loss is up to the OS.
    if (!isFsyncUnsupported(error)) throw error;
  } finally {
    fs.closeSync(fd);
  }
}

function isFsyncUnsupported(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EINVAL' || code === 'EISDIR' || code === 'EPERM' || code === 'EBADF';
}

/** Writes a new file (never one that exists) and syncs it to disk before returning. */
export function writeNewFileSynced(file: string, data: string | Uint8Array): void {
  const fd = fs.openSync(file, 'wx');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The permission bits of an existing regular file (kept when it is replaced), else undefined. */
function existingMode(target: string): number | undefined {
  try {
    const stat = fs.statSync(target);
    return stat.isFile() ? stat.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `target` atomically; a replaced file keeps its permission bits (a 600 file stays 600). */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = tempPathFor(target);
  const mode = existingMode(target);
  try {
    writeNewFileSynced(temp, data);
    if (mode !== undefined) fs.chmodSync(temp, mode);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncPath(path.dirname(target));
}

/** Finishes a file written elsewhere (e.g. by SQLite): fsync it, rename it in place, fsync the folder. */
export function commitTempFile(temp: string, target: string): void {
  fsyncPath(temp);
  fs.renameSync(temp, target);
  fsyncPath(path.dirname(target));
}

/**
 * Finishes a file written elsewhere without ever replacing an existing `target`: false when the
 * name is taken (another process got there first), so the caller can pick the next name.
 */
export function commitTempFileNew(temp: string, target: string): boolean {
  fsyncPath(temp);
  try {
    fs.linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT on a USB stick, some network shares): check, rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') {
      throw error;
    }
    if (fs.existsSync(target)) return false;
    fs.renameSync(temp, target);
    fsyncPath(path.dirname(target));
    return true;
  }
  fs.rmSync(temp, { force: true });
  fsyncPath(path.dirname(target));
  return true;
}

const TEMP_NAME = /^\..+\.(?:(\d+)-)?[0-9a-f]{12}\.tmp(-journal|-wal|-shm)?$/;
/** A temp file whose writer we cannot ask (older name, or a process id reused) counts as stale after this. */
const ORPHAN_AGE_MS = 60 * 60 * 1000;
const REUSED_PID_AGE_MS = 24 * 60 * 60 * 1000;

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when a temp file of ours is a crash's leftover: its writer is gone, or it is old. */
export function isStaleTempFile(name: string, ageMs: number): boolean {
  const m = TEMP_NAME.exec(name);
  if (!m) return false;
  if (m[1] === undefined) return ageMs > ORPHAN_AGE_MS;
  return !processAlive(Number(m[1])) || ageMs > REUSED_PID_AGE_MS;
}

/**
 * Removes temp files a crash left behind (only our own `.name.pid-xxxx.tmp` pattern), never one
 * another process is still writing: only when its writer is dead, or when it is old.
 */
export function removeStaleTempFiles(folder: string, now: number = Date.now()): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const file = path.join(folder, name);
    let age: number;
    try {
      age = now - fs.statSync(file).mtimeMs;
    } catch {
      continue;
    }
    if (isStaleTempFile(name, age)) fs.rmSync(file, { force: true, recursive: true });
  }
}
