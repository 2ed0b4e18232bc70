// Writes that are either absent or complete: temp file in the same folder, fsync, rename, fsync
// the folder, so a crash at any moment leaves the old file or the new one, never half of one.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/** A temp name beside `target`, so the final rename stays on one file system. */
export function tempPathFor(target: string): string {
  const suffix = crypto.randomBytes(6).toString('hex');
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}.tmp`);
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

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = tempPathFor(target);
  try {
    writeNewFileSynced(temp, data);
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

/** Removes temp files a crash left behind (only our own `.name.xxxx.tmp` pattern). */
export function removeStaleTempFiles(folder: string): void {
  if (!fs.existsSync(folder)) return;
  for (const name of fs.readdirSync(folder)) {
    if (/^\..+\.[0-9a-f]{12}\.tmp(-journal|-wal|-shm)?$/.test(name)) {
      fs.rmSync(path.join(folder, name), { force: true, recursive: true });
    }
  }
}
