// The Danish text of each file error the CLI and the app may meet, naming the user's path and
// never the temp file that the raw error names (issue 12, item 22). ENOSPC is a real error from
// /dev/full; EACCES cannot be provoked as root, so it is built the way Node builds it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { describeFileError } from '../../electron/services/fileErrors';
import { ApiError } from '../../shared/errors/apiError';
import { readUserFile } from '../../electron/services/userFiles';
import { tempDir } from '../store/fixtures';

const USER_PATH = '/home/bruger/ud.json';
const TEMP = '/home/bruger/.ud.json.0123456789ab.tmp';

function nodeError(code: string, text: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${text}, open '${TEMP}'`), {
    code,
    syscall: 'open',
    path: TEMP,
  });
}

function realDiskFull(): unknown {
  try {
    fs.writeFileSync('/dev/full', 'x');
  } catch (error) {
    return error;
  }
  throw new Error('/dev/full accepted a write');
}

describe('describeFileError', () => {
  it.each([
    [
      'ENOSPC (real, /dev/full)',
      realDiskFull(),
      'path-disk-full',
      /disken er fuld; \/home\/bruger\/ud.json/,
    ],
    [
      'EACCES',
      nodeError('EACCES', 'permission denied'),
      'path-no-access',
      /ingen adgang til \/home/,
    ],
    ['EPERM', nodeError('EPERM', 'operation not permitted'), 'path-no-access', /ingen adgang/],
    [
      'EROFS',
      nodeError('EROFS', 'read-only file system'),
      'path-read-only',
      /skrivebeskyttet drev/,
    ],
    ['ENOENT', nodeError('ENOENT', 'no such file'), 'path-folder-missing', /mappen til \/home/],
    ['EISDIR', nodeError('EISDIR', 'is a directory'), 'path-is-folder', /er en mappe, ikke en fil/],
    ['EIO', nodeError('EIO', 'i/o error'), 'path-error', /kan ikke bruges \(EIO\)/],
  ])('%s → %s', (_name, raw, code, text) => {
    const error = describeFileError(raw, USER_PATH, 'export-not-written', true);
    expect(error).toBeInstanceOf(ApiError);
    const issue = (error as ApiError).issues[1];
    expect(issue).toMatchObject({ code, params: { file: USER_PATH } });
    expect((error as ApiError).message).toMatch(/^Eksporten blev ikke skrevet; /);
    expect((error as ApiError).message).toMatch(text);
    expect((error as ApiError).message).not.toContain('.tmp');
  });

  it('leaves errors that are not file errors alone', () => {
    const other = new RangeError('x');
    expect(describeFileError(other, USER_PATH, 'export-not-written')).toBe(other);
  });
});

describe('readUserFile', () => {
  it('checks the size while reading, so a stream stops one byte past the limit', () => {
    const read = (): Buffer =>
      readUserFile('/dev/zero', { maxBytes: 10_000, lead: 'import-refused', allowStreams: true });
    expect(read).toThrow(/\/dev\/zero er større end 0.01 MB/);
    const folder = tempDir('samspil-read-');
    onTestFinished(() => fs.rmSync(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'big.json');
    fs.writeFileSync(file, Buffer.alloc(10_001, 0x20));
    expect(() => readUserFile(file, { maxBytes: 10_000, lead: 'import-refused' })).toThrow(
      /større end/,
    );
    expect(readUserFile(file, { maxBytes: 10_001, lead: 'import-refused' }).length).toBe(10_001);
  });
});
