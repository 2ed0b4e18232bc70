// A content error names the file, the field and what is wrong, in one line:
//   content/quotes/citat-x.md: factors[1]: ukendt faktor-id "relation-foo"
import path from 'node:path';

export interface ContentIssue {
  /** Path as shown to the person who edits the file (relative to the working folder if inside it). */
  file: string;
  field?: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`;
}

export function displayPath(absolute: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
}

/** Thrown when content does not compile; carries every issue found. */
export class ContentBuildError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `${issues.length} fejl i indholdet:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
    );
    this.name = 'ContentBuildError';
  }
}
