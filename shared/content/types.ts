// The compiled corpus as the app, the CLI and the tests see it (produced by scripts/build-content.ts with scripts/content/).

export const ENTRY_KINDS = ['source', 'partnership', 'quote', 'factor', 'lesson'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** In the order the app shows them (the decisive elements first, as in the source). */
export const FACTOR_GROUPS = [
  'relational',
  'structural',
  'organisational',
  'influencing',
  'essential',
] as const;
export type FactorGroup = (typeof FACTOR_GROUPS)[number];

export const SPEAKER_CERTAINTIES = ['sikker', 'sandsynlig', 'usikker'] as const;
export type SpeakerCertainty = (typeof SPEAKER_CERTAINTIES)[number];

interface EntryBase {
  id: string;
  kind: EntryKind;
  title: string;
  /** Path of the Markdown file, relative to content/. */
  file: string;
  /** Body rendered to HTML by marked at build time (bundled content is trusted). */
  html: string;
  /** Body as plain text (Markdown removed), used for snippets and exports. */
  text: string;
}

export interface SourceEntry extends EntryBase {
  kind: 'source';
  citation: string;
  publisher: string;
  year: number;
  certainty: string;
}

export interface PartnershipSection {
  /** `<partnership id>/<slug>`, e.g. `grow-your-life/formaal`. */
  id: string;
  slug: string;
  heading: string;
  html: string;
  text: string;
}

export interface PartnershipEntry extends EntryBase {
  kind: 'partnership';
  place: string;
  period: string;
  targetGroup: string;
  partners: string[];
  summary: string;
  sections: PartnershipSection[];
}

export interface Speaker {
  role: string;
  organisation: string;
  certainty: SpeakerCertainty;
  note?: string;
}

export interface QuoteEntry extends EntryBase {
  kind: 'quote';
  partnership: string;
  /** Slug of the partnership section the quote stands in. */
  section: string;
  speaker: Speaker;
  theme: string;
  factors: string[];
  source: string;
  /** Lessons that list this quote (derived at build time). */
  lessons: string[];
}

export interface FactorEntry extends EntryBase {
  kind: 'factor';
  group: FactorGroup;
  order: number;
  related: string[];
  quotes: string[];
  lessons: string[];
}

export interface LessonEntry extends EntryBase {
  kind: 'lesson';
  order: number;
  partnerships: string[];
  factors: string[];
  quotes: string[];
}

export type ContentEntry = SourceEntry | PartnershipEntry | QuoteEntry | FactorEntry | LessonEntry;

export interface Corpus {
  formatVersion: 1;
  builtAt: string;
  entries: ContentEntry[];
}
