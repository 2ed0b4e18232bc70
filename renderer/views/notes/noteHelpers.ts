// Pure helpers of the notes views: ordering and filtering the list, sorting an error's issues
// into form fields, and the picker options built from the corpus.
import type { ApiIssue } from '../../../shared/api';
import { describeIssues, issueText } from '../../../shared/errors/describeIssues';
import type { IssueTexts } from '../../../shared/errors/texts.da';
import { FACTOR_GROUPS, type FactorGroup } from '../../../shared/content/types';
import type { Note } from '../../../shared/notes/types';
import type { ContentIndex } from '../../app/contentIndex';
import { markdownToPlainText } from '../../../shared/content/plainText';
import { asRunningText } from '../../../shared/content/runningText';

export interface ComboOption {
  id: string;
  label: string;
  /** A second line under the label (group, speaker …); also searched. */
  detail?: string;
  /** `da` where label or detail is bundled content, marked for the English interface. */
  lang?: 'da';
  detailLang?: 'da';
}

const fold = (s: string): string =>
  s.toLocaleLowerCase('da').normalize('NFD').replace(/\p{M}/gu, '');

/** Newest first: the last change counts, ties broken by creation. */
export function newestFirst(notes: Note[]): Note[] {
  return [...notes].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.createdAt.localeCompare(a.createdAt),
  );
}

/** Notes whose text fields contain every word of `text`, tagged with `factor` when given. */
export function filterNotes(notes: Note[], text: string, factor: string): Note[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  return notes.filter((note) => {
    if (factor && !note.factors.includes(factor)) return false;
    if (words.length === 0) return true;
    const hay = fold(
      [note.title, note.body, note.partnership ?? '', ...note.organisations].join(' '),
    );
    return words.every((w) => hay.includes(w));
  });
}

/**
 * A short plain-text excerpt of a Markdown body: the words without the syntax (marked's lexer,
 * nothing rendered), each block a sentence of its own.
 */
export function excerpt(markdown: string, max = 220): string {
  // Images are left out: their alt text is no part of what the note says.
  const withoutImages = markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, '');
  const plain = asRunningText(markdownToPlainText(withoutImages));
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}

const NOTE_FIELDS = [
  'title',
  'body',
  'partnership',
  'organisations',
  'aboutDate',
  'factors',
  'links',
  'partnershipIds',
] as const;
type NoteField = (typeof NOTE_FIELDS)[number];

export interface FieldErrors {
  fields: Partial<Record<NoteField, string>>;
  /** Issues that name no known field. */
  other: string[];
}

const isNoteField = (key: unknown): key is NoteField =>
  (NOTE_FIELDS as readonly unknown[]).includes(key);

/** Sorts an error's issues by the form field their path starts with, as text in `texts`. */
export function fieldErrorsOf(issues: readonly ApiIssue[], texts: IssueTexts): FieldErrors {
  const result: FieldErrors = { fields: {}, other: [] };
  for (const issue of issues) {
    const field = issue.path[0];
    if (isNoteField(field)) {
      const previous = result.fields[field];
      const text = issueText(issue, texts);
      result.fields[field] = previous ? `${previous}; ${text}` : text;
    } else {
      result.other.push(describeIssues([issue], texts));
    }
  }
  return result;
}

const groupRank = (group: FactorGroup): number => FACTOR_GROUPS.indexOf(group);

export function factorOptions(
  content: ContentIndex,
  groupLabel: (group: string) => string,
): ComboOption[] {
  return [...content.factors]
    .sort((a, b) => groupRank(a.group) - groupRank(b.group) || a.order - b.order)
    .map((f) => ({ id: f.id, label: f.title, detail: groupLabel(f.group), lang: 'da' as const }));
}

export function quoteOptions(content: ContentIndex): ComboOption[] {
  return content.quotes.map((q) => {
    const partnership = content.get('partnership', q.partnership)?.title ?? q.partnership;
    const text = q.text.length > 140 ? `${q.text.slice(0, 139).trimEnd()}…` : q.text;
    return {
      id: q.id,
      label: `“${text}”`,
      detail: `${q.speaker.role}, ${q.speaker.organisation} · ${partnership}`,
      lang: 'da' as const,
      detailLang: 'da' as const,
    };
  });
}

/** Organisations as typed in a textarea, one a line. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
