// Refusals with a stable issue code and structured params beside their Danish text, so the one
// error model (ApiError with `issues: {path, code, params}`) can map them to either language.
import { ApiError, type ApiErrorCode } from '../../shared/api';

export type IssueParams = Record<string, string | number>;

export const ISSUE_TEXTS_DA = {
  'file-not-found': (p: IssueParams) => `${p.path} findes ikke`,
  'folder-not-found': (p: IssueParams) => `mappen til ${p.path} findes ikke`,
  'is-a-folder': (p: IssueParams) => `${p.path} er en mappe, ikke en fil`,
  'not-a-folder': (p: IssueParams) => `en del af stien ${p.path} er en fil, ikke en mappe`,
  'not-a-regular-file': (p: IssueParams) => `${p.path} er ${p.kind}, ikke en almindelig fil`,
  'path-taken': (p: IssueParams) => `${p.path} findes allerede og er ikke en mappe`,
  'exists-not-folder': (p: IssueParams) => `${p.path} findes og er ${p.kind}, ikke en mappe`,
  'file-too-large': (p: IssueParams) => `${p.path} er større end ${p.maxMB} MB`,
  'not-utf8': (p: IssueParams) => `${p.path} er ikke gyldig UTF-8-tekst`,
  'disk-full': (p: IssueParams) => `disken er fuld; ${p.path} blev ikke skrevet`,
  'no-access': (p: IssueParams) => `ingen adgang til ${p.path}`,
  'read-only': (p: IssueParams) => `${p.path} ligger på et skrivebeskyttet drev`,
  'file-error': (p: IssueParams) => `${p.path} kan ikke bruges (${p.reason})`,
  'unknown-link': (p: IssueParams) => `ukendt link-id "${p.id}" (findes ikke i indholdet)`,
  'foreign-database': (p: IssueParams) =>
    `${p.path} er en SQLite-database fra et andet program (tabeller: ${p.tables}), ikke ` +
    'Samspils notedatabase; filen er ikke ændret. Vælg en anden datamappe, eller flyt filen væk.',
} satisfies Record<string, (params: IssueParams) => string>;

export type IssueCode = keyof typeof ISSUE_TEXTS_DA;

export interface Issue {
  /** Where in the input, e.g. `['links', 0]`, or `[]` for the whole call. */
  path: (string | number)[];
  code: IssueCode;
  params: IssueParams;
}

function where(path: Issue['path']): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${key}`))
    .join('');
}

/** Danish text of an issue, with its field first when it has one ("links[0]: …"). */
export function issueTextDa(issue: Issue): string {
  const text = ISSUE_TEXTS_DA[issue.code](issue.params);
  return issue.path.length > 0 ? `${where(issue.path)}: ${text}` : text;
}

export class IssueError extends ApiError {
  constructor(
    code: ApiErrorCode,
    readonly issues: Issue[],
    /** Danish lead-in before the issues, e.g. "Importfilen afvises". */
    lead = '',
  ) {
    const text = issues.map(issueTextDa).join('; ');
    const sentence = issues[0]?.path.length ? text : text.charAt(0).toUpperCase() + text.slice(1);
    super(code, lead ? `${lead}: ${text}` : sentence);
  }
}

export function issueError(
  code: ApiErrorCode,
  issue: Omit<Issue, 'path'> & { path?: Issue['path'] },
  lead?: string,
): IssueError {
  return new IssueError(code, [{ path: issue.path ?? [], ...issue }], lead);
}
