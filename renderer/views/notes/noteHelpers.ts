// Pure helpers of the notes views: ordering and filtering the list, mapping `invalid-input`
// messages to form fields, and the picker options built from the corpus.
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

export const NOTE_FIELDS = [
  'title',
  'body',
  'partnership',
  'organisations',
  'aboutDate',
  'factors',
  'links',
] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

export interface FieldErrors {
  fields: Partial<Record<NoteField, string>>;
  /** Issues that name no known field. */
  other: string[];
}

/**
 * Splits the door's "Ugyldigt input til notes.create: title: titlen mangler; factors[0]: ugyldigt
 * id" (or a store's own "title: …") into messages per field.
 */
export function fieldErrorsOf(message: string): FieldErrors {
  const body = message.replace(/^Ugyldigt input til [\w.]+:\s*/, '');
  const result: FieldErrors = { fields: {}, other: [] };
  for (const part of body.split(/;\s*/).filter(Boolean)) {
    const match = /^([A-Za-z]+)(?:\[\d+\])?(?:\.[\w[\]]+)*:\s*(.+)$/.exec(part);
    const field = match?.[1] as NoteField | undefined;
    if (match?.[2] && field && (NOTE_FIELDS as readonly string[]).includes(field)) {
      const previous = result.fields[field];
      result.fields[field] = previous ? `${previous}; ${match[2]}` : match[2];
    } else {
      result.other.push(part);
    }
  }
  return result;
}

const GROUP_ORDER = ['essential', 'relational', 'structural', 'organisational', 'influencing'];

export function factorOptions(
  content: ContentIndex,
  groupLabel: (group: string) => string,
): ComboOption[] {
  return [...content.factors]
    .sort(
      (a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || a.order - b.order,
    )
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
