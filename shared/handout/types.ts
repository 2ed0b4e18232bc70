// A trainer's handout: an ordered selection of content entries and notes, with comments.

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
