// The checks across files: unique ids, every referenced id exists and has the right kind, the
// links that must go both ways do, and every partnership has its sections.
import type {
  ContentEntry,
  EntryKind,
  LessonEntry,
  PartnershipEntry,
  QuoteEntry,
} from '../../shared/content/types';
import { PARTNERSHIP_SECTION_HEADINGS } from '../../shared/content/schema';
import { asciiSlug } from '../../shared/content/slug';
import { KIND_NAMES } from '../../shared/content/names';
import type { ContentIssue } from './contentIssues';

export interface CompiledFile {
  entry: ContentEntry;
  /** The file as shown in messages. */
  shown: string;
}

/** A file whose front matter did not validate: its links are still checked, field by field. */
export interface InvalidFile {
  id: string;
  kind: EntryKind;
  shown: string;
  data: Record<string, unknown>;
}


const UNKNOWN: Record<EntryKind, string> = {
  source: 'ukendt kilde',
  partnership: 'ukendt partnerskab',
  quote: 'ukendt citat-id',
  factor: 'ukendt faktor-id',
  lesson: 'ukendt lærings-id',
};

/** Which list on the other side must name this entry back. */
const BACKLINKS = [
  { from: 'quote', field: 'factors', to: 'factor', back: 'quotes' },
  { from: 'factor', field: 'quotes', to: 'quote', back: 'factors' },
  { from: 'factor', field: 'lessons', to: 'lesson', back: 'factors' },
  { from: 'lesson', field: 'factors', to: 'factor', back: 'lessons' },
  { from: 'factor', field: 'related', to: 'factor', back: 'related' },
] as const;

type LinkField = { field: string; to: EntryKind; many: boolean };
const LINK_FIELDS: Partial<Record<EntryKind, LinkField[]>> = {
  quote: [
    { field: 'partnership', to: 'partnership', many: false },
    { field: 'source', to: 'source', many: false },
    { field: 'factors', to: 'factor', many: true },
  ],
  factor: [
    { field: 'related', to: 'factor', many: true },
    { field: 'quotes', to: 'quote', many: true },
    { field: 'lessons', to: 'lesson', many: true },
  ],
  lesson: [
    { field: 'partnerships', to: 'partnership', many: true },
    { field: 'factors', to: 'factor', many: true },
    { field: 'quotes', to: 'quote', many: true },
  ],
};

/** The ids a field holds; anything that is not an id string is the schema's problem. */
function idsOf(entry: object, field: string): string[] {
  const value: unknown = (entry as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : ''));
  return typeof value === 'string' ? [value] : [];
}

/**
 * @param brokenIds ids of files whose front matter did not validate: links to them are not
 * reported again (their own file's error already is).
 */
export function checkLinks(
  files: CompiledFile[],
  invalid: InvalidFile[],
  brokenIds: ReadonlySet<string>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byId = new Map<string, CompiledFile>();
  for (const file of files) {
    const first = byId.get(file.entry.id);
    if (first) {
      issues.push({ file: file.shown, field: 'id', message: `"${file.entry.id}" bruges også i ${first.shown}` });
    } else byId.set(file.entry.id, file);
  }

  const sources = [
    ...files.map(({ entry, shown }) => ({ id: entry.id, kind: entry.kind, shown, data: entry })),
    ...invalid,
  ];
  for (const { id: ownId, kind, shown, data } of sources) {
    for (const link of LINK_FIELDS[kind] ?? []) {
      const ids = idsOf(data, link.field);
      ids.forEach((id, i) => {
        const field = link.many ? `${link.field}[${i}]` : link.field;
        const target = byId.get(id);
        if (id === '') return;
        if (link.many && ids.indexOf(id) !== i) {
          issues.push({ file: shown, field, message: `"${id}" står allerede i listen` });
        } else if (id === ownId) {
          issues.push({ file: shown, field, message: `"${id}" henviser til sig selv` });
        } else if (!target) {
          if (!brokenIds.has(id)) issues.push({ file: shown, field, message: `${UNKNOWN[link.to]} "${id}"` });
        } else if (target.entry.kind !== link.to) {
          const message = `"${id}" er af typen ${target.entry.kind} (${KIND_NAMES[target.entry.kind].one}), men feltet skal pege på typen ${link.to} (${KIND_NAMES[link.to].one})`;
          issues.push({ file: shown, field, message });
        }
      });
    }
  }

  for (const rule of BACKLINKS) {
    for (const { entry, shown } of files) {
      if (entry.kind !== rule.from) continue;
      idsOf(entry, rule.field).forEach((id, i) => {
        const target = byId.get(id);
        if (!target || target.entry.kind !== rule.to || id === entry.id) return;
        if (!idsOf(target.entry, rule.back).includes(entry.id)) {
          issues.push({
            file: shown,
            field: `${rule.field}[${i}]`,
            message: `${target.shown} mangler "${entry.id}" i ${rule.back} (links skal gå begge veje)`,
          });
        }
      });
    }
  }

  const partnerships = new Map<string, PartnershipEntry>();
  for (const { entry, shown } of files) {
    if (entry.kind !== 'partnership') continue;
    partnerships.set(entry.id, entry);
    issues.push(...checkSections(entry, shown));
  }
  for (const { kind, shown, data } of sources) {
    if (kind !== 'quote') continue;
    const [partnershipId] = idsOf(data, 'partnership');
    const [section] = idsOf(data, 'section');
    const partnership = partnerships.get(partnershipId ?? '');
    if (partnership && section && !partnership.sections.some((s) => s.slug === section)) {
      const slugs = partnership.sections.map((s) => s.slug).join(', ');
      const message = `partnerskabet "${partnership.id}" har intet afsnit "${section}" (afsnit: ${slugs})`;
      issues.push({ file: shown, field: 'section', message });
    }
  }
  issues.push(...checkOrders(files));
  return issues;
}

function checkSections(entry: PartnershipEntry, shown: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const slugs = entry.sections.map((s) => s.slug);
  slugs.forEach((slug, i) => {
    if (slugs.indexOf(slug) !== i) {
      issues.push({ file: shown, field: 'afsnit', message: `"## ${entry.sections[i]?.heading}" står to gange` });
    }
  });
  let last = -1;
  for (const heading of PARTNERSHIP_SECTION_HEADINGS) {
    const at = slugs.indexOf(asciiSlug(heading));
    if (at < 0) {
      issues.push({ file: shown, field: 'afsnit', message: `"## ${heading}" mangler` });
    } else if (at < last) {
      const order = PARTNERSHIP_SECTION_HEADINGS.join(', ');
      issues.push({ file: shown, field: 'afsnit', message: `"## ${heading}" står i forkert rækkefølge (${order})` });
    } else last = at;
  }
  return issues;
}

/** Positions in a list must be unique: two factors of a group (or two lessons) with one order. */
function checkOrders(files: CompiledFile[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const { entry, shown } of files) {
    if (entry.kind !== 'factor' && entry.kind !== 'lesson') continue;
    const key = entry.kind === 'factor' ? `${entry.group}:${entry.order}` : `lesson:${entry.order}`;
    const other = seen.get(key);
    if (other) issues.push({ file: shown, field: 'order', message: `${entry.order} bruges også af ${other}` });
    else seen.set(key, shown);
  }
  return issues;
}

/** quote.lessons: the lessons that list the quote, in lesson order. */
export function deriveQuoteLessons(entries: ContentEntry[]): void {
  const lessons = entries
    .filter((e): e is LessonEntry => e.kind === 'lesson')
    .sort((a, b) => a.order - b.order);
  for (const quote of entries.filter((e): e is QuoteEntry => e.kind === 'quote')) {
    quote.lessons = lessons.filter((l) => l.quotes.includes(quote.id)).map((l) => l.id);
  }
}
