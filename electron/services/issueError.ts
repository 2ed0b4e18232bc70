// Refusals of the paths a user names, in the one error model: an ApiError whose issues carry a
// code and params ({file}, {kind}, …; texts in shared/errors/texts.*.ts), led by an issue saying
// what was being done ("Importfilen afvises", "Eksporten blev ikke skrevet").
import { ApiError, apiIssue, type ApiErrorCode } from '../../shared/errors/apiError';
import type { IssueCode } from '../../shared/errors/texts.da';
import type { TextParams } from '../../shared/interpolate';

export type LeadCode =
  | 'import-refused'
  | 'export-not-written'
  | 'write-failed-file'
  | 'body-file-refused'
  | 'data-dir-unusable';

/** What a path turned out to be, worded into the `kind` param (Danish, as the CLI prints it). */
export const FILE_KIND_TEXTS_DA = {
  file: 'en fil',
  folder: 'en mappe',
  device: 'en enhed',
  fifo: 'en navngivet pipe',
  socket: 'en socket',
  other: 'en særlig fil',
  'dangling-link': 'et symbolsk link til noget, der ikke findes',
};
export type FileKind = keyof typeof FILE_KIND_TEXTS_DA;

export interface PathIssue {
  path?: (string | number)[];
  code: IssueCode;
  params: TextParams;
}

export function issueError(
  code: ApiErrorCode,
  issue: PathIssue,
  lead?: LeadCode | { code: LeadCode; params: TextParams },
): ApiError {
  const kind = issue.params.kind;
  const params =
    typeof kind === 'string' && Object.hasOwn(FILE_KIND_TEXTS_DA, kind)
      ? { ...issue.params, kind: FILE_KIND_TEXTS_DA[kind as FileKind] }
      : issue.params;
  const main = apiIssue(issue.code, params, issue.path ?? []);
  if (!lead) return new ApiError(code, [main]);
  const first = typeof lead === 'string' ? apiIssue(lead) : apiIssue(lead.code, lead.params);
  return new ApiError(code, [first, main]);
}
