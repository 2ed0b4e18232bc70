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
import type { ContentIssue } from './contentIssues';

export interface CompiledFile {
  entry: ContentEntry;
  /** The file as shown in messages. */
  shown: string;
}

export const KIND_NAMES: Record<EntryKind, string> = {
  source: 'kilde',
  partnership: 'partnerskab',
  quote: 'citat',
  factor: 'faktor',
  lesson: 'læring',
};

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

function idsOf(entry: ContentEntry, field: string): string[] {
  const value: unknown = (entry as unknown as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value as string[];
  return typeof value === 'string' ? [value] : [];
}

/**
 * @param brokenIds ids of files whose front matter did not validate: links to them are not
 * reported again (their own file's error already is).
 */
export function checkLinks(files: CompiledFile[], brokenIds: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byId = new Map<string, CompiledFile>();
  for (const file of files) {
    const first = byId.get(file.entry.id);
    if (first) {
      issues.push({ file: file.shown, field: 'id', message: `"${file.entry.id}" bruges også i ${first.shown}` });
    } else byId.set(file.entry.id, file);
  }

  for (const { entry, shown } of files) {
    for (const link of LINK_FIELDS[entry.kind] ?? []) {
      const ids = idsOf(entry, link.field);
      ids.forEach((id, i) => {
        const field = link.many ? `${link.field}[${i}]` : link.field;
        const target = byId.get(id);
        if (link.many && ids.indexOf(id) !== i) {
          issues.push({ file: shown, field, message: `"${id}" står allerede i listen` });
        } else if (id === entry.id) {
          issues.push({ file: shown, field, message: `"${id}" henviser til sig selv` });
        } else if (!target) {
          if (!brokenIds.has(id)) issues.push({ file: shown, field, message: `${UNKNOWN[link.to]} "${id}"` });
        } else if (target.entry.kind !== link.to) {
          const message = `"${id}" er et/en ${KIND_NAMES[target.entry.kind]}, ikke et/en ${KIND_NAMES[link.to]}`;
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
  for (const { entry, shown } of files) {
    if (entry.kind !== 'quote') continue;
    const partnership = partnerships.get(entry.partnership);
    if (partnership && !partnership.sections.some((s) => s.slug === entry.section)) {
      const slugs = partnership.sections.map((s) => s.slug).join(', ');
      const message = `partnerskabet "${partnership.id}" har intet afsnit "${entry.section}" (afsnit: ${slugs})`;
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
