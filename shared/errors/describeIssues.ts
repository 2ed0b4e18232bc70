// Turns issues into text in one language: "title: titlen mangler; factors[0]: ugyldigt id".
import { interpolate } from '../interpolate';
import { formatPath } from './issuePath';
import type { IssueTexts } from './texts.da';
import type { ApiIssue } from './apiError';

/** The text of one issue without its path (what a form shows beside the field). */
export function issueText(issue: ApiIssue, texts: IssueTexts): string {
  const template = texts[issue.code] as string | undefined;
  return template === undefined ? issue.code : interpolate(template, issue.params);
}

export function describeIssues(issues: readonly ApiIssue[], texts: IssueTexts): string {
  return issues
    .map((issue) => {
      const where = formatPath(issue.path);
      return where ? `${where}: ${issueText(issue, texts)}` : issueText(issue, texts);
    })
    .join('; ');
}
