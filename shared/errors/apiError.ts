// The one error model: a call ends in an error code (what kind of failure) and a list of issues
// (what was wrong and where, as a text code with its parameters). Nothing crosses the IPC door
// but that data; each side turns the codes into text in its own language (describeIssues.ts).
import type { TextParams } from '../interpolate';
import { describeIssues } from './describeIssues';
import type { IssuePath } from './issuePath';
import { issueTextsDa, type IssueCode } from './texts.da';

export const API_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'needs-confirmation',
  'conflict',
  'refused',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One thing that was wrong: where (a field path, empty for the whole call) and what. */
export interface ApiIssue {
  path: IssuePath;
  code: IssueCode;
  params: TextParams;
}

/** An error reduced to what may cross the boundary. */
export interface ApiErrorData {
  code: ApiErrorCode;
  issues: ApiIssue[];
}

export function apiIssue(code: IssueCode, params: TextParams = {}, path: IssuePath = []): ApiIssue {
  return { path, code, params };
}

export class ApiError extends Error {
  readonly issues: ApiIssue[];

  /**
   * `issues` may be a single issue code with its params. The message is the Danish text of the
   * issues, for logs, the CLI and tests; an interface shows `issues` in its own language.
   */
  constructor(
    readonly code: ApiErrorCode,
    issues: ApiIssue[] | IssueCode,
    params: TextParams = {},
  ) {
    const list = typeof issues === 'string' ? [apiIssue(issues, params)] : issues;
    super(describeIssues(list, issueTextsDa));
    this.name = 'ApiError';
    this.issues = list;
  }

  toData(): ApiErrorData {
    return { code: this.code, issues: this.issues };
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.issues);
  }
}
