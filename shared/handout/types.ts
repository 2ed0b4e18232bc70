// A trainer's handout: an ordered selection of content entries and notes, with comments.
import type { SpeakerCertainty } from '../content/types';
import type { ExportLanguage } from './exportLabels';

export const HANDOUT_ITEM_KINDS = ['quote', 'factor', 'lesson', 'section', 'note'] as const;
export type HandoutItemKind = (typeof HANDOUT_ITEM_KINDS)[number];

export interface HandoutItem {
  kind: HandoutItemKind;
  /** Content entry id, `<partnership>/<section slug>` for sections, or note id. */
  ref: string;
  /** Trainer's comment (Markdown), may be empty. */
  comment: string;
}

export interface Handout {
  id: string;
  title: string;
  subtitle: string;
  /** Markdown. */
  intro: string;
  items: HandoutItem[];
  createdAt: string;
  updatedAt: string;
}

export interface HandoutInput {
  title: string;
  subtitle?: string;
  intro?: string;
  items?: HandoutItem[];
}

export const EXPORT_FORMATS = ['pdf', 'docx', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A handout whose items are looked up in the content and the notes: what every export renders. */
export interface ResolvedHandout {
  /** The language of the export's own words (labels, page numbers); the content stays Danish. */
  language?: ExportLanguage;
  title: string;
  subtitle: string;
  /** Markdown (user input: rendered through the sanitising renderer only). */
  intro: string;
  items: ResolvedItem[];
  /** The source entries the items cite, in order of first use. */
  sources: ResolvedSource[];
}

export interface ResolvedSource {
  id: string;
  title: string;
  citation: string;
}

interface ResolvedBase {
  ref: string;
  /** Trainer's comment, Markdown (user input). */
  comment: string;
}

export interface ResolvedQuote extends ResolvedBase {
  kind: 'quote';
  /** Verbatim quote as plain text; paragraphs separated by blank lines. */
  text: string;
  speakerRole: string;
  speakerOrganisation: string;
  /** How sure the source is of the speaker; shown as "(sandsynlig taler)" when not certain. */
  speakerCertainty?: SpeakerCertainty;
  partnership: string;
  theme: string;
  /** The short citation of the source the quote comes from. */
  citation: string;
}

interface ResolvedFactor extends ResolvedBase {
  kind: 'factor';
  title: string;
  /** Danish name of the factor's group. */
  group: string;
  explanation: string;
}

interface ResolvedLesson extends ResolvedBase {
  kind: 'lesson';
  title: string;
  text: string;
  /** Build-time HTML of the bundled lesson (trusted), for the HTML export's tables. */
  html: string;
}

interface ResolvedSection extends ResolvedBase {
  kind: 'section';
  partnership: string;
  heading: string;
  text: string;
  html: string;
}

/** Who wrote a shared note cited in a handout (from the team library), and who changed it last. */
export interface NoteByline {
  createdBy: string;
  changedBy: string;
  /** ISO time of the last change, or null when it is not known. */
  changedAt: string | null;
}

interface ResolvedNote extends ResolvedBase {
  kind: 'note';
  title: string;
  /** Markdown (user input). */
  body: string;
  partnership: string | null;
  aboutDate: string | null;
  /** Only for a note shared in the team library; a private note carries no byline. */
  byline?: NoteByline;
}

/** An item whose content entry or note no longer exists: kept and explained, never dropped. */
interface ResolvedMissing extends ResolvedBase {
  kind: 'missing';
  itemKind: HandoutItemKind;
}

export type ResolvedItem =
  | ResolvedQuote
  | ResolvedFactor
  | ResolvedLesson
  | ResolvedSection
  | ResolvedNote
  | ResolvedMissing;
