// Looks a handout's items up in the content and the notes; an entry that a later content version
// dropped becomes an explained placeholder, never an error.
import type { ContentEntry, PartnershipSection, SourceEntry } from '../content/types';
import { FACTOR_GROUP_NAMES } from '../content/names';
import type { Note } from '../notes/types';
import type {
  HandoutItem,
  NoteByline,
  ResolvedHandout,
  ResolvedItem,
  ResolvedSource,
} from './types';
import { EXPORT_LABELS, type ExportLanguage } from './exportLabels';

export interface HandoutLookups {
  find(id: string): ContentEntry | undefined;
  section(id: string): PartnershipSection | undefined;
  note(id: string): Note | undefined;
  /** Who wrote a shared note (the team library); undefined for a private note. */
  noteByline?(id: string): NoteByline | undefined;
  /** Every source entry of the corpus. */
  sources(): SourceEntry[];
}

export const ITEM_KIND_LABELS: Record<HandoutItem['kind'], string> = EXPORT_LABELS.da.kinds;

export function resolveHandout(
  handout: { title: string; subtitle: string; intro: string; items: HandoutItem[] },
  lookups: HandoutLookups,
  language: ExportLanguage = 'da',
): ResolvedHandout {
  const sources = new Map<string, ResolvedSource>();
  const cite = (entry: SourceEntry): string => {
    if (!sources.has(entry.id)) {
      sources.set(entry.id, { id: entry.id, title: entry.title, citation: entry.citation });
    }
    return entry.citation;
  };
  const titleOf = (id: string): string => lookups.find(id)?.title ?? id;

  const items = handout.items.map((item): ResolvedItem => {
    const base = { ref: item.ref, comment: item.comment };
    const missing: ResolvedItem = { ...base, kind: 'missing', itemKind: item.kind };
    if (item.kind === 'note') {
      const note = lookups.note(item.ref);
      if (!note) return missing;
      const byline = lookups.noteByline?.(item.ref);
      return {
        ...base,
        kind: 'note',
        title: note.title,
        body: note.body,
        partnership: note.partnership,
        aboutDate: note.aboutDate,
        ...(byline ? { byline } : {}),
      };
    }
    if (item.kind === 'section') {
      const section = lookups.section(item.ref);
      if (!section) return missing;
      const partnershipId = item.ref.split('/')[0] ?? '';
      return {
        ...base,
        kind: 'section',
        partnership: titleOf(partnershipId),
        heading: section.heading,
        text: section.text,
        html: section.html,
      };
    }
    const entry = lookups.find(item.ref);
    if (!entry || entry.kind !== item.kind) return missing;
    if (entry.kind === 'quote') {
      const source = lookups.find(entry.source);
      return {
        ...base,
        kind: 'quote',
        text: entry.text,
        speakerRole: entry.speaker.role,
        speakerOrganisation: entry.speaker.organisation,
        speakerCertainty: entry.speaker.certainty,
        partnership: titleOf(entry.partnership),
        theme: entry.theme,
        citation: source?.kind === 'source' ? cite(source) : entry.source,
      };
    }
    if (entry.kind === 'factor') {
      return {
        ...base,
        kind: 'factor',
        title: entry.title,
        group: FACTOR_GROUP_NAMES[entry.group] ?? entry.group,
        explanation: entry.text,
      };
    }
    if (entry.kind === 'lesson') {
      return { ...base, kind: 'lesson', title: entry.title, text: entry.text, html: entry.html };
    }
    return missing;
  });

  // Factors, lessons and sections are curated from the evaluation too, so it is cited for them.
  if (items.some((i) => i.kind === 'factor' || i.kind === 'lesson' || i.kind === 'section')) {
    for (const source of lookups.sources()) cite(source);
  }
  return {
    language,
    title: handout.title,
    subtitle: handout.subtitle,
    intro: handout.intro,
    items,
    sources: [...sources.values()],
  };
}
