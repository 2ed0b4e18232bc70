// The front matter of each kind of content file, exactly as content/README.md specifies it.
// Strict: a field the schema does not know is an error (usually a typo of one it does).
import { z } from 'zod';
import { formatPath } from '../errors/issuePath';
import { ENTRY_KINDS, FACTOR_GROUPS, SPEAKER_CERTAINTIES, type EntryKind } from './types';
import { ID_PATTERN } from './slug';

/** The `## ` sections every partnership has, in this order. */
export const PARTNERSHIP_SECTION_HEADINGS = [
  'Formål',
  'Organisering',
  'Formalisering',
  'Frivillige',
  'Aktiviteter',
  'Partnernes funktioner',
  'Forankring og fortsættelse',
  'Resultater og læring',
] as const;

const text = z.string().trim().min(1);
const id = z
  .string()
  .regex(ID_PATTERN, 'skal være et id med små bogstaver a-z, tal og bindestreger');
const ids = z.array(id);
const order = z.number().int().min(1);

/**
 * Where in the source text an entry's claims stand, for reviewers (the app does not show it):
 * 1-based line numbers (`455`) or inclusive ranges (`397-399`). The build checks the lines exist.
 */
export const SOURCE_LINE_RANGE = /^(\d+)-(\d+)$/;
const sourceLines = z
  .array(
    z.union([
      z.number().int().min(1),
      z
        .string()
        .regex(
          SOURCE_LINE_RANGE,
          'skal være et linjenummer (fx 455) eller et interval (fx 397-399)',
        ),
    ]),
  )
  .min(1);

const speakerSchema = z
  .object({
    role: text,
    organisation: text,
    certainty: z.enum(SPEAKER_CERTAINTIES),
    note: text.optional(),
  })
  .strict()
  .superRefine((speaker, ctx) => {
    if (speaker.certainty !== 'sikker' && speaker.note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `mangler (påkrævet, når certainty er "${speaker.certainty}": skriv hvorfor taleren er usikker)`,
      });
    }
  });

export const frontMatterSchemas = {
  source: z
    .object({
      id,
      kind: z.literal('source'),
      title: text,
      citation: text,
      publisher: text,
      year: z.number().int().min(1900).max(2100),
      certainty: text,
      /** The source text, relative to the content folder: what `source_lines` count in. */
      source_text: text,
      source_lines: sourceLines,
    })
    .strict(),
  partnership: z
    .object({
      id,
      kind: z.literal('partnership'),
      title: text,
      place: text,
      period: text,
      targetGroup: text,
      partners: z.array(text).min(1),
      summary: text,
      /** One list for `summary` and one for each section (by slug). */
      source_lines: z.record(z.string(), sourceLines),
    })
    .strict(),
  quote: z
    .object({
      id,
      kind: z.literal('quote'),
      partnership: id,
      section: id,
      speaker: speakerSchema,
      theme: text,
      factors: ids.min(1),
      source: id,
      source_lines: sourceLines,
    })
    .strict(),
  factor: z
    .object({
      id,
      kind: z.literal('factor'),
      group: z.enum(FACTOR_GROUPS),
      order,
      title: text,
      related: ids,
      quotes: ids,
      lessons: ids,
      source_lines: sourceLines,
    })
    .strict(),
  lesson: z
    .object({
      id,
      kind: z.literal('lesson'),
      title: text,
      order,
      partnerships: ids,
      factors: ids,
      quotes: ids,
      source_lines: sourceLines,
    })
    .strict(),
} satisfies Record<EntryKind, z.ZodType>;

export type FrontMatter<K extends EntryKind> = z.output<(typeof frontMatterSchemas)[K]>;
export type AnyFrontMatter = { [K in EntryKind]: FrontMatter<K> }[EntryKind];

/** Front-matter fields for reviewers and the build only: they are not part of the compiled entry. */
export const REVIEW_FIELDS = ['source_lines', 'source_text'] as const;

/** One problem in a file's front matter: the field (`factors[1]`, `speaker.note`) and what is wrong. */
export interface FieldIssue {
  field: string;
  message: string;
}

function describeValue(value: unknown): string {
  if (value === null) return 'tom (null)';
  if (Array.isArray(value)) return 'en liste';
  if (value instanceof Date) return 'en dato';
  if (typeof value === 'string') return `teksten "${value}"`;
  if (typeof value === 'number') return `tallet ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'et objekt';
  return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et heltal',
  array: 'en liste',
  object: 'et objekt (felter på hver sin linje)',
  boolean: 'ja/nej (true/false)',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'mangler';
      return `skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}, men er ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'må ikke være tom';
      if (issue.origin === 'array') return `skal have mindst ${String(issue.minimum)} element(er)`;
      return `skal være mindst ${String(issue.minimum)}`;
    case 'too_big':
      return `må højst være ${String(issue.maximum)}`;
    case 'invalid_value':
      return `ugyldig værdi ${JSON.stringify(issue.input)} (gyldige: ${issue.values.map((v) => String(v)).join(', ')})`;
    case 'invalid_union':
      // The only union in the schemas is an item of source_lines.
      return `skal være et linjenummer (fx 455) eller et interval (fx 397-399), men er ${describeValue(issue.input)}`;
    case 'invalid_format':
      return `${issue.message}, men er ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

/** Validates front matter against its kind's schema; every problem, not just the first. */
export function checkFrontMatter(
  kind: EntryKind,
  data: unknown,
): { ok: true; value: AnyFrontMatter } | { ok: false; issues: FieldIssue[] } {
  const result = frontMatterSchemas[kind].safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issues: FieldIssue[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({
          field: formatPath([...issue.path, key]),
          message: 'ukendt felt (se content/README.md for felterne)',
        });
      }
    } else {
      issues.push({ field: formatPath(issue.path), message: describeIssue(issue) });
    }
  }
  return { ok: false, issues };
}

export function isEntryKind(value: unknown): value is EntryKind {
  return typeof value === 'string' && (ENTRY_KINDS as readonly string[]).includes(value);
}
