// Turns a raw Node file error into a Danish refusal that names the user's path (never the temp
// file beside it that the error itself may name).
import { ApiError } from '../../shared/api';
import type { IssueCode } from '../../shared/errors/texts.da';
import { issueError, type LeadCode } from './issueError';

const BY_ERRNO: Record<string, IssueCode> = {
  ENOENT: 'path-missing',
  EISDIR: 'path-is-folder',
  ENOTDIR: 'path-under-file',
  // mkdir of a path that is a file already.
  EEXIST: 'path-taken',
  ENOSPC: 'path-disk-full',
  EDQUOT: 'path-disk-full',
  EFBIG: 'path-disk-full',
  EACCES: 'path-no-access',
  EPERM: 'path-no-access',
  EROFS: 'path-read-only',
};

function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * `lead` says what was being done (`export-not-written`: "Eksporten blev ikke skrevet");
 * `userPath` is the path the user gave. A write whose folder is missing reports the folder, not the file.
 */
export function describeFileError(
  error: unknown,
  userPath: string,
  lead: LeadCode | { code: LeadCode; params: Record<string, string> },
  writing = false,
): unknown {
  if (error instanceof ApiError) return error;
  const errno = errnoOf(error);
  if (!errno || !errno.startsWith('E')) return error;
  const code = errno === 'ENOENT' && writing ? 'path-folder-missing' : BY_ERRNO[errno];
  const apiCode = errno === 'ENOENT' && !writing ? 'not-found' : 'unavailable';
  if (code) return issueError(apiCode, { code, params: { file: userPath } }, lead);
  const params = { file: userPath, detail: errno };
  return issueError('unavailable', { code: 'path-error', params }, lead);
}
