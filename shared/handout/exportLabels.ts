// The words an export adds around the content (page numbers, labels, the kinds of item), in the
// export's language. The content itself stays Danish; the export language defaults to Danish too.
import type { SpeakerCertainty } from '../content/types';
import type { HandoutItemKind, NoteByline } from './types';

export const EXPORT_LANGUAGES = ['da', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

export interface ExportLabels {
  /** CSS `content` of the page footer: the words around the page counters. */
  page: string;
  of: string;
  comment: string;
  source: string;
  sources: string;
  factor: string;
  missingHeading: string;
  missing(ref: string): string;
  kinds: Record<HandoutItemKind, string>;
  /** Added after the speaker when the attribution is not certain. */
  certainty: Record<Exclude<SpeakerCertainty, 'sikker'>, string>;
  documentDescription: string;
  /** The byline of a shared note: who wrote it, and who changed it last and when (a long date). */
  noteBy(createdBy: string): string;
  changed(date: string): string;
  changedBy(author: string, date: string): string;
  /** BCP 47 locale of the export's dates. */
  locale: string;
}

export const EXPORT_LABELS: Record<ExportLanguage, ExportLabels> = {
  da: {
    page: 'Side',
    of: 'af',
    comment: 'Trænerens kommentar',
    source: 'Kilde',
    sources: 'Kilder',
    factor: 'Faktor',
    missingHeading: 'Indhold mangler',
    missing: (ref) => `Indholdet med id »${ref}« findes ikke længere i denne version af Samspil.`,
    kinds: {
      quote: 'Citat',
      factor: 'Faktor',
      lesson: 'Læring',
      section: 'Partnerskab',
      note: 'Note',
    },
    certainty: { sandsynlig: 'sandsynlig taler', usikker: 'usikker taler' },
    documentDescription: 'Handout fra Samspil',
    noteBy: (createdBy) => `Note af ${createdBy}`,
    changed: (date) => `senest ændret ${date}`,
    changedBy: (author, date) => `senest ændret af ${author} ${date}`,
    locale: 'da-DK',
  },
  en: {
    page: 'Page',
    of: 'of',
    comment: 'Trainer’s comment',
    source: 'Source',
    sources: 'Sources',
    factor: 'Factor',
    missingHeading: 'Content missing',
    missing: (ref) => `The content with id “${ref}” no longer exists in this version of Samspil.`,
    kinds: {
      quote: 'Quote',
      factor: 'Factor',
      lesson: 'Lesson',
      section: 'Partnership',
      note: 'Note',
    },
    certainty: { sandsynlig: 'probable speaker', usikker: 'uncertain speaker' },
    documentDescription: 'Handout from Samspil',
    noteBy: (createdBy) => `Note by ${createdBy}`,
    changed: (date) => `last changed ${date}`,
    changedBy: (author, date) => `last changed by ${author} on ${date}`,
    locale: 'en-GB',
  },
};

export const exportLabels = (language: ExportLanguage | undefined): ExportLabels =>
  EXPORT_LABELS[language ?? 'da'];

type SpeakerFields = {
  speakerRole: string;
  speakerOrganisation: string;
  speakerCertainty?: SpeakerCertainty;
  partnership: string;
};

/**
 * Who said it, as the app shows it: role and organisation with the uncertainty when there is one;
 * and the partnership, unless the organisation already names it ("… i Grow Your Life").
 */
export function speakerParts(
  quote: SpeakerFields,
  labels: ExportLabels,
): { speaker: string; partnership: string | null } {
  const who = [quote.speakerRole, quote.speakerOrganisation].filter(Boolean).join(', ');
  const certainty =
    quote.speakerCertainty && quote.speakerCertainty !== 'sikker'
      ? ` (${labels.certainty[quote.speakerCertainty]})`
      : '';
  const named = !quote.partnership || who.includes(quote.partnership);
  return { speaker: `${who}${certainty}`, partnership: named ? null : quote.partnership };
}

export function speakerLine(quote: SpeakerFields, labels: ExportLabels): string {
  const { speaker, partnership } = speakerParts(quote, labels);
  return partnership ? `${speaker}, ${partnership}` : speaker;
}

/** "Note af Anne Holm, senest ændret 1. december 2026" (and who changed it, when someone else did). */
export function noteBylineText(byline: NoteByline, labels: ExportLabels): string {
  const parts = [labels.noteBy(byline.createdBy)];
  if (byline.changedAt) {
    const date = new Date(byline.changedAt).toLocaleDateString(labels.locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const other = byline.changedBy && byline.changedBy !== byline.createdBy;
    parts.push(other ? labels.changedBy(byline.changedBy, date) : labels.changed(date));
  }
  return parts.join(', ');
}
