// Turns a raw Node file error into a Danish refusal that names the user's path (never the temp
// file beside it that the error itself may name).
import type { IssueCode } from './issueError';
import { IssueError, issueError } from './issueError';

const BY_ERRNO: Record<string, IssueCode> = {
  ENOENT: 'file-not-found',
  EISDIR: 'is-a-folder',
  ENOTDIR: 'not-a-folder',
  // mkdir of a path that is a file already.
  EEXIST: 'path-taken',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EFBIG: 'disk-full',
  EACCES: 'no-access',
  EPERM: 'no-access',
  EROFS: 'read-only',
};

export function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * `lead` says what was being done ("Eksporten mislykkedes"); `userPath` is the path the user
 * gave. A write whose folder is missing reports the folder, not the file.
 */
export function describeFileError(
  error: unknown,
  userPath: string,
  lead: string,
  writing = false,
): unknown {
  if (error instanceof IssueError) return error;
  const errno = errnoOf(error);
  if (!errno || !errno.startsWith('E')) return error;
  const code = errno === 'ENOENT' && writing ? 'folder-not-found' : BY_ERRNO[errno];
  const apiCode = errno === 'ENOENT' && !writing ? 'not-found' : 'unavailable';
  if (code) return issueError(apiCode, { code, params: { path: userPath } }, lead);
  return issueError(
    'unavailable',
    { code: 'file-error', params: { path: userPath, reason: errno } },
    lead,
  );
}
