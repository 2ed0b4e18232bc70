// The paths a user names (an import file, `--body-file`, `--out`): read only regular files, and
// no more than a limit checked while reading; write only regular files or new paths, so a device
// such as /dev/null is never replaced by a file. Every refusal names the user's path.
import fs from 'node:fs';
import { describeFileError } from './fileErrors';
import { issueError, type FileKind, type LeadCode } from './issueError';

const CHUNK_BYTES = 1024 * 1024;

type WriteLead = LeadCode | { code: LeadCode; params: Record<string, string> };

function kindOf(stat: fs.Stats): FileKind {
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

export interface ReadOptions {
  maxBytes: number;
  /** What the refusal starts with, e.g. `import-refused` ("Importfilen afvises"). */
  lead: LeadCode;
  /** Also read pipes and terminals (`--body-file /dev/stdin`), still within `maxBytes`. */
  allowStreams?: boolean;
}

function refuseKind(file: string, stat: fs.Stats, lead: WriteLead): never {
  const code = stat.isDirectory() ? 'path-is-folder' : 'path-not-regular';
  throw issueError('refused', { code, params: { file, kind: kindOf(stat) } }, lead);
}

function isReadable(stat: fs.Stats, allowStreams: boolean): boolean {
  return stat.isFile() || (allowStreams && (stat.isFIFO() || stat.isCharacterDevice()));
}

/** Reads a file the user named, refusing what is not a regular file or is over `maxBytes`. */
export function readUserFile(file: string, options: ReadOptions): Buffer {
  const { maxBytes, lead, allowStreams = false } = options;
  try {
    // Checked before opening: opening a FIFO for reading would wait for a writer.
    const before = fs.statSync(file);
    if (!isReadable(before, allowStreams)) refuseKind(file, before, lead);
    const fd = fs.openSync(file, 'r');
    try {
      const stat = fs.fstatSync(fd);
      if (!isReadable(stat, allowStreams)) refuseKind(file, stat, lead);
      return readBounded(fd, file, maxBytes, lead);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw describeFileError(error, file, lead);
  }
}

/** Reads to the end, but never more than one byte past the limit (a file may grow meanwhile). */
function readBounded(fd: number, file: string, maxBytes: number, lead: LeadCode): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
    const read = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) {
      const megabytes = Math.round((maxBytes / 1024 / 1024) * 100) / 100;
      const params = { file, megabytes };
      throw issueError('refused', { code: 'path-too-large', params }, lead);
    }
  }
  return Buffer.concat(chunks, total);
}

/** Decodes UTF-8 strictly, refusing bytes that are not text. */
export function decodeUtf8(bytes: Uint8Array, file: string, lead: LeadCode): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw issueError('invalid-input', { code: 'path-not-utf8', params: { file } }, lead);
  }
}

/**
 * Where an output file may be written: a new path as it is, or an existing regular file. What
 * exists and is not a regular file (a device, a FIFO, a folder, a socket) is refused, since the
 * atomic rename would replace it. A symlink is judged by what it points to, and the path it
 * points to is returned, so the rename replaces that file and the link stays a link.
 */
export function writableFileTarget(file: string, lead: WriteLead): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno !== 'ENOENT') throw describeFileError(error, file, lead, true);
    if (!isDanglingLink(file)) return file;
    const params = { file, kind: 'dangling-link' satisfies FileKind };
    throw issueError('refused', { code: 'path-not-regular', params }, lead);
  }
  if (!stat.isFile()) refuseKind(file, stat, lead);
  return fs.realpathSync(file);
}

function isDanglingLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Refuses a folder target that exists and is not a folder. */
export function assertWritableFolderTarget(folder: string, lead: WriteLead): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw describeFileError(error, folder, lead, true);
  }
  if (!stat.isDirectory()) {
    const params = { file: folder, kind: kindOf(stat) };
    throw issueError('refused', { code: 'path-not-folder', params }, lead);
  }
}
