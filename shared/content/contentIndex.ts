// Lookup tables over the corpus, built once: by the content service when it loads the corpus, and
// by the renderer when `content.all` arrives. Pure (no DOM, no Node), unit-tested.
import type {
  ContentEntry,
  EntryKind,
  FactorEntry,
  LessonEntry,
  PartnershipEntry,
  PartnershipSection,
  QuoteEntry,
  SourceEntry,
} from './types';

export interface ContentIndex {
  entries: ContentEntry[];
  byId: Map<string, ContentEntry>;
  /** The entries of one kind, in corpus order. */
  byKind<K extends EntryKind>(kind: K): Extract<ContentEntry, { kind: K }>[];
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
  const kinds = new Map<EntryKind, ContentEntry[]>();
  for (const entry of entries) {
    const list = kinds.get(entry.kind) ?? [];
    list.push(entry);
    kinds.set(entry.kind, list);
  }
  const ofKind = <K extends EntryKind>(kind: K) =>
    (kinds.get(kind) ?? []) as Extract<ContentEntry, { kind: K }>[];
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
    byKind: ofKind,
    partnerships,
    quotes: ofKind('quote'),
    factors: [...ofKind('factor')].sort(byOrder),
    lessons: [...ofKind('lesson')].sort(byOrder),
    sources: ofKind('source'),
    sections,
    get,
    getAll: (kind, ids) => ids.map((id) => get(kind, id)).filter((entry) => entry !== undefined),
  };
}
