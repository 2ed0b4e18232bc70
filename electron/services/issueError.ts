// Refusals with a stable issue code and structured params beside their text, in the shape of
// the one error model (ApiError with `issues: {path, code, params}`, texts as `{name}` templates
// in Danish and English), so each entry below maps one to one onto shared/errors/texts.*.ts.
import { ApiError, type ApiErrorCode } from '../../shared/api';

export type IssueParams = Record<string, string | number>;

/** What was being done when a path was refused: the lead-in of the message. */
const LEAD_TEXTS_DA = {
  'import-refused': 'Importfilen afvises',
  'export-not-written': 'Eksporten blev ikke skrevet',
  'write-failed-file': 'Kunne ikke skrive {file}',
  'body-file-refused': '--body-file afvises',
  'data-dir-unusable': 'Datamappen kan ikke bruges',
};

export const ISSUE_TEXTS_DA = {
  ...LEAD_TEXTS_DA,
  'path-missing': '{file} findes ikke',
  'path-folder-missing': 'mappen til {file} findes ikke',
  'path-is-folder': '{file} er en mappe, ikke en fil',
  'path-under-file': 'en del af stien {file} er en fil, ikke en mappe',
  'path-taken': '{file} findes allerede og er ikke en mappe',
  'path-not-regular': '{file} er {kind}, ikke en almindelig fil',
  'path-not-folder': '{file} findes og er {kind}, ikke en mappe',
  'path-too-large': '{file} er større end {megabytes} MB',
  'path-not-utf8': '{file} er ikke gyldig UTF-8-tekst',
  'path-disk-full': 'disken er fuld; {file} blev ikke skrevet',
  'path-no-access': 'ingen adgang til {file}',
  'path-read-only': '{file} ligger på et skrivebeskyttet drev',
  'path-error': '{file} kan ikke bruges ({detail})',
  'unknown-link': 'ukendt link-id "{id}" (findes ikke i indholdet)',
  'foreign-database':
    '{file} er en SQLite-database fra et andet program (tabeller: {tables}), ikke Samspils ' +
    'notedatabase; filen er ikke ændret. Vælg en anden datamappe, eller flyt filen væk.',
};

export type IssueCode = keyof typeof ISSUE_TEXTS_DA;

/** What a path turned out to be: the `kind` param, worded in each language. */
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
export const FILE_KIND_TEXTS_EN: Record<FileKind, string> = {
  file: 'a file',
  folder: 'a folder',
  device: 'a device',
  fifo: 'a named pipe',
  socket: 'a socket',
  other: 'a special file',
  'dangling-link': 'a symbolic link to nothing',
};
export type LeadCode = keyof typeof LEAD_TEXTS_DA;

/** The same texts in English, for the interface's English setting. */
export const ISSUE_TEXTS_EN: Record<IssueCode, string> = {
  'import-refused': 'The import file was refused',
  'export-not-written': 'The export was not written',
  'write-failed-file': 'Could not write {file}',
  'body-file-refused': '--body-file was refused',
  'data-dir-unusable': 'The data folder cannot be used',
  'path-missing': '{file} does not exist',
  'path-folder-missing': 'the folder of {file} does not exist',
  'path-is-folder': '{file} is a folder, not a file',
  'path-under-file': 'part of the path {file} is a file, not a folder',
  'path-taken': '{file} exists already and is not a folder',
  'path-not-regular': '{file} is {kind}, not a regular file',
  'path-not-folder': '{file} exists and is {kind}, not a folder',
  'path-too-large': '{file} is larger than {megabytes} MB',
  'path-not-utf8': '{file} is not valid UTF-8 text',
  'path-disk-full': 'the disk is full; {file} was not written',
  'path-no-access': 'no access to {file}',
  'path-read-only': '{file} is on a read-only drive',
  'path-error': '{file} cannot be used ({detail})',
  'unknown-link': 'unknown link id "{id}" (not in the content)',
  'foreign-database':
    "{file} is another program's SQLite database (tables: {tables}), not Samspil's notes " +
    'database; the file was not changed. Choose another data folder, or move the file away.',
};

export interface Issue {
  /** Where in the input, e.g. `['links', 0]`, or `[]` for the whole call. */
  path: (string | number)[];
  code: IssueCode;
  params: IssueParams;
}

function interpolate(template: string, params: IssueParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function where(path: Issue['path']): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${key}`))
    .join('');
}

/** Danish text of an issue, with its field first when it has one ("links[0]: …"). */
export function issueTextDa(issue: Pick<Issue, 'code' | 'params'> & Partial<Issue>): string {
  const kind = issue.params.kind;
  const params =
    typeof kind === 'string' && Object.hasOwn(FILE_KIND_TEXTS_DA, kind)
      ? { ...issue.params, kind: FILE_KIND_TEXTS_DA[kind as FileKind] }
      : issue.params;
  const text = interpolate(ISSUE_TEXTS_DA[issue.code], params);
  return issue.path?.length ? `${where(issue.path)}: ${text}` : text;
}

export class IssueError extends ApiError {
  constructor(
    code: ApiErrorCode,
    readonly issues: Issue[],
    /** What was being done, as its own issue text (e.g. "Importfilen afvises: …"). */
    readonly lead?: { code: LeadCode; params: IssueParams },
  ) {
    const text = issues.map(issueTextDa).join('; ');
    const sentence = issues[0]?.path.length ? text : text.charAt(0).toUpperCase() + text.slice(1);
    super(code, lead ? `${issueTextDa(lead)}: ${text}` : sentence);
  }
}

export function issueError(
  code: ApiErrorCode,
  issue: Omit<Issue, 'path'> & { path?: Issue['path'] },
  lead?: LeadCode | { code: LeadCode; params: IssueParams },
): IssueError {
  const leadIssue = typeof lead === 'string' ? { code: lead, params: {} } : lead;
  return new IssueError(code, [{ path: issue.path ?? [], ...issue }], leadIssue);
}
