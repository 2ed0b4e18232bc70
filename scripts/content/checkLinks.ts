// The checks across files: unique ids, every referenced id exists and has the right kind, the
// links that must go both ways do, every partnership has its sections, and list positions are
// unique.
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

/** Links that must go both ways: the list on the other side must name this entry back. */
const BACKLINKS = [
  { from: 'quote', field: 'factors', to: 'factor', back: 'quotes' },
  { from: 'factor', field: 'quotes', to: 'quote', back: 'factors' },
  { from: 'factor', field: 'lessons', to: 'lesson', back: 'factors' },
  { from: 'lesson', field: 'factors', to: 'factor', back: 'lessons' },
  { from: 'factor', field: 'related', to: 'factor', back: 'related' },
] as const;

/** The ids a field holds ('' for a non-string item: that is the schema's problem). */
function idsOf(entry: object, field: string): string[] {
  const value: unknown = (entry as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : ''));
  return typeof value === 'string' ? [value] : [];
}

interface LinkSource {
  id: string;
  kind: EntryKind;
  shown: string;
  data: object;
}

/**
 * @param brokenIds ids of files that exist but did not compile: links to them are not reported
 * as dangling (their own file's error already is).
 */
export function checkLinks(
  files: CompiledFile[],
  invalid: InvalidFile[],
  brokenIds: ReadonlySet<string>,
): ContentIssue[] {
  const { byId, issues } = indexIds(files);
  const sources: LinkSource[] = [
    ...files.map(({ entry, shown }) => ({ id: entry.id, kind: entry.kind, shown, data: entry })),
    ...invalid,
  ];
  for (const source of sources) issues.push(...checkReferences(source, byId, brokenIds));
  issues.push(...checkBacklinks(files, byId));
  issues.push(...checkSections(files, sources));
  issues.push(...checkOrders(files));
  return issues;
}

function indexIds(files: CompiledFile[]): {
  byId: Map<string, CompiledFile>;
  issues: ContentIssue[];
} {
  const byId = new Map<string, CompiledFile>();
  const issues: ContentIssue[] = [];
  for (const file of files) {
    const first = byId.get(file.entry.id);
    if (!first) byId.set(file.entry.id, file);
    else {
      const message = `"${file.entry.id}" bruges også i ${first.shown}`;
      issues.push({ file: file.shown, field: 'id', message });
    }
  }
  return { byId, issues };
}

function checkReferences(
  { id: ownId, kind, shown, data }: LinkSource,
  byId: Map<string, CompiledFile>,
  brokenIds: ReadonlySet<string>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const link of LINK_FIELDS[kind] ?? []) {
    const ids = idsOf(data, link.field);
    ids.forEach((id, i) => {
      const field = link.many ? `${link.field}[${i}]` : link.field;
      const report = (message: string): void => void issues.push({ file: shown, field, message });
      const target = byId.get(id)?.entry;
      if (id === '') return;
      if (ids.indexOf(id) !== i) report(`"${id}" står allerede i listen`);
      else if (id === ownId) report(`"${id}" henviser til sig selv`);
      else if (!target) {
        if (!brokenIds.has(id)) report(`${UNKNOWN[link.to]} "${id}"`);
      } else if (target.kind !== link.to) {
        const is = `${target.kind} (${KIND_NAMES[target.kind].one})`;
        report(
          `"${id}" er af typen ${is}, men feltet skal pege på typen ${link.to} (${KIND_NAMES[link.to].one})`,
        );
      }
    });
  }
  return issues;
}

function checkBacklinks(files: CompiledFile[], byId: Map<string, CompiledFile>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const rule of BACKLINKS) {
    for (const { entry, shown } of files) {
      if (entry.kind !== rule.from) continue;
      idsOf(entry, rule.field).forEach((id, i) => {
        const target = byId.get(id);
        if (!target || target.entry.kind !== rule.to || id === entry.id) return;
        if (idsOf(target.entry, rule.back).includes(entry.id)) return;
        issues.push({
          file: shown,
          field: `${rule.field}[${i}]`,
          message: `${target.shown} mangler "${entry.id}" i ${rule.back} (links skal gå begge veje)`,
        });
      });
    }
  }
  return issues;
}

/** Every partnership has the required sections in order; every quote stands in one of them. */
function checkSections(files: CompiledFile[], sources: LinkSource[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const partnerships = new Map<string, PartnershipEntry>();
  for (const { entry, shown } of files) {
    if (entry.kind !== 'partnership') continue;
    partnerships.set(entry.id, entry);
    issues.push(...checkPartnershipSections(entry, shown));
  }
  for (const { kind, shown, data } of sources) {
    if (kind !== 'quote') continue;
    const partnership = partnerships.get(idsOf(data, 'partnership')[0] ?? '');
    const [section] = idsOf(data, 'section');
    if (!partnership || !section || partnership.sections.some((s) => s.slug === section)) continue;
    const slugs = partnership.sections.map((s) => s.slug).join(', ');
    const message = `partnerskabet "${partnership.id}" har intet afsnit "${section}" (afsnit: ${slugs})`;
    issues.push({ file: shown, field: 'section', message });
  }
  return issues;
}

function checkPartnershipSections(entry: PartnershipEntry, shown: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (message: string): void =>
    void issues.push({ file: shown, field: 'afsnit', message });
  const slugs = entry.sections.map((s) => s.slug);
  slugs.forEach((slug, i) => {
    if (slugs.indexOf(slug) !== i) report(`"## ${entry.sections[i]?.heading}" står to gange`);
  });
  let last = -1;
  for (const heading of PARTNERSHIP_SECTION_HEADINGS) {
    const at = slugs.indexOf(asciiSlug(heading));
    if (at < 0) report(`"## ${heading}" mangler`);
    else if (at < last) {
      report(
        `"## ${heading}" står i forkert rækkefølge (${PARTNERSHIP_SECTION_HEADINGS.join(', ')})`,
      );
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
    if (!other) seen.set(key, shown);
    else
      issues.push({
        file: shown,
        field: 'order',
        message: `${entry.order} bruges også af ${other}`,
      });
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
