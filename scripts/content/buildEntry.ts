// Turns one validated content file into its compiled entry: front matter, the body rendered to
// HTML and to plain text, and the derived fields that need only this file (quote title, sections).
import type { ContentEntry, EntryKind } from '../../shared/content/types';
import {
  checkFrontMatter,
  isEntryKind,
  REVIEW_FIELDS,
  type AnyFrontMatter,
} from '../../shared/content/schema';
import { lex, render } from '../../shared/content/markdown';
import { tokensToPlainText } from '../../shared/content/plainText';
import { deriveQuoteTitle } from '../../shared/content/quoteTitle';
import { splitSections } from '../../shared/content/sections';
import { ENTRY_KINDS } from '../../shared/content/types';
import type { ContentIssue } from './contentIssues';
import type { RawContentFile } from './readContentFiles';
import { findUnsafeMarkup } from './unsafeMarkup';

function lineOf(raw: RawContentFile, fragment: string): number {
  const index = raw.body.indexOf(fragment);
  return index < 0 ? raw.bodyLine : raw.bodyLine + raw.body.slice(0, index).split('\n').length - 1;
}

/** The front matter without the fields for reviewers (source_lines, source_text). */
function withoutReviewFields(frontMatter: AnyFrontMatter): AnyFrontMatter {
  const copy: Record<string, unknown> = { ...frontMatter };
  for (const field of REVIEW_FIELDS) delete copy[field];
  return copy as AnyFrontMatter;
}

function toEntry(
  raw: RawContentFile,
  frontMatter: AnyFrontMatter,
  html: string,
  text: string,
): ContentEntry {
  const fm = withoutReviewFields(frontMatter);
  const base = { file: raw.file, html, text };
  switch (fm.kind) {
    case 'quote':
      return { ...fm, ...base, title: deriveQuoteTitle(fm.speaker.role, text), lessons: [] };
    case 'partnership': {
      const split = splitSections(raw.body);
      const sections = split.sections.map((section) => ({
        id: `${fm.id}/${section.slug}`,
        ...section,
      }));
      return { ...fm, ...base, sections };
    }
    default:
      return { ...fm, ...base };
  }
}

export interface BuiltEntry {
  entry?: ContentEntry;
  /** The kind, when it is known but the front matter did not validate. */
  invalidKind?: EntryKind;
  issues: ContentIssue[];
}

export function buildEntry(raw: RawContentFile): BuiltEntry {
  const issues: ContentIssue[] = [];
  const issue = (field: string | undefined, message: string): void =>
    void issues.push({ file: raw.shown, ...(field ? { field } : {}), message });

  const kind: unknown = raw.data.kind;
  const fileId = raw.file.replace(/^.*\//, '').replace(/\.md$/, '');
  if (typeof raw.data.id === 'string' && raw.data.id !== fileId) {
    issue('id', `"${raw.data.id}" skal være lig med filnavnet uden .md ("${fileId}")`);
  }
  if (kind === undefined) {
    issue('kind', `mangler (en af: ${ENTRY_KINDS.join(', ')})`);
    return { issues };
  }
  if (!isEntryKind(kind)) {
    issue('kind', `ukendt type ${JSON.stringify(kind)} (gyldige: ${ENTRY_KINDS.join(', ')})`);
    return { issues };
  }
  if (raw.folderKind && kind !== raw.folderKind) {
    issue(
      'kind',
      `"${kind}" hører ikke til i mappen ${raw.file.split('/')[0]}/ (der skal kind være "${raw.folderKind}")`,
    );
  }
  const checked = checkFrontMatter(kind satisfies EntryKind, raw.data);
  if (!checked.ok) for (const { field, message } of checked.issues) issue(field, message);

  const tokens = lex(raw.body);
  for (const unsafe of findUnsafeMarkup(tokens)) {
    issue(`brødtekst (linje ${lineOf(raw, unsafe.raw)})`, unsafe.problem);
  }
  const text = tokensToPlainText(tokens);
  if (text === '') issue('brødtekst', 'mangler (teksten efter front matter er tom)');

  // An entry with problems outside its schema is still returned, so that the cross-file checks
  // can run without a cascade of follow-up errors; the build fails on the issues anyway.
  if (!checked.ok) return { issues, invalidKind: kind };
  return { entry: toEntry(raw, checked.value, render(tokens), text), issues };
}
