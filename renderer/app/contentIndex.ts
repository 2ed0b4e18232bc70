// Lookup tables over the corpus, built once when it arrives. Pure (no DOM), unit-tested.
import type {
  ContentEntry,
  EntryKind,
  FactorEntry,
  LessonEntry,
  PartnershipEntry,
  PartnershipSection,
  QuoteEntry,
  SourceEntry,
} from '../../shared/content/types';

export interface ContentIndex {
  entries: ContentEntry[];
  byId: Map<string, ContentEntry>;
  partnerships: PartnershipEntry[];
  quotes: QuoteEntry[];
  factors: FactorEntry[];
  lessons: LessonEntry[];
  sources: SourceEntry[];
  sections: Map<string, PartnershipSection>;
  get<K extends EntryKind>(kind: K, id: string): Extract<ContentEntry, { kind: K }> | undefined;
  /** The entries of `kind` for `ids`, in that order; ids of another kind or unknown are left out. */
  getAll<K extends EntryKind>(
    kind: K,
    ids: readonly string[],
  ): Extract<ContentEntry, { kind: K }>[];
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

export function buildContentIndex(entries: ContentEntry[]): ContentIndex {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const ofKind = <K extends EntryKind>(kind: K) =>
    entries.filter((entry): entry is Extract<ContentEntry, { kind: K }> => entry.kind === kind);
  const partnerships = ofKind('partnership');
  const sections = new Map<string, PartnershipSection>();
  for (const partnership of partnerships) {
    for (const section of partnership.sections) sections.set(section.id, section);
  }
  const get = <K extends EntryKind>(kind: K, id: string) => {
    const entry = byId.get(id);
    return entry?.kind === kind ? (entry as Extract<ContentEntry, { kind: K }>) : undefined;
  };
  return {
    entries,
    byId,
    partnerships,
    quotes: ofKind('quote'),
    factors: ofKind('factor').sort(byOrder),
    lessons: ofKind('lesson').sort(byOrder),
    sources: ofKind('source'),
    sections,
    get,
    getAll: (kind, ids) => ids.map((id) => get(kind, id)).filter((entry) => entry !== undefined),
  };
}
