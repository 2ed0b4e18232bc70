// The reviewed search data in content/search (glossary and irregular-forms lexicon): their shapes,
// validation with clear messages, and the term analysis that applies the lexicon.
import { z } from 'zod';
import { formatPath } from '../../../shared/errors/issuePath';
import { foldForMatch, stem as danishStem } from '../../../shared/search/danish';

const lowercaseWord = z
  .string()
  .min(1)
  .refine((s) => s === s.toLowerCase(), 'skal skrives med små bogstaver');

export const lexiconSchema = z.object({
  about: z.string().optional(),
  entries: z.array(
    z
      .object({
        lemma: lowercaseWord,
        forms: z.array(lowercaseWord).min(1),
        compounds: z.boolean(),
        why: z.string().min(1, 'forklar hvorfor formen er med'),
      })
      .strict(),
  ),
});
export type Lexicon = z.infer<typeof lexiconSchema>;

export const glossarySchema = z.object({
  about: z.string().optional(),
  entries: z.record(z.string(), z.array(z.string().min(1)).min(1)).superRefine((entries, ctx) => {
    for (const key of Object.keys(entries)) {
      if (key !== key.toLowerCase() || key.trim() === '') {
        ctx.addIssue({ code: 'custom', path: [key], message: 'skal skrives med små bogstaver' });
      }
    }
  }),
});
export type Glossary = z.infer<typeof glossarySchema>;

export const compoundsSchema = z
  .object({
    about: z.string().optional(),
    dictionary: z.string().min(1, 'nævn ordbogen og dens licens'),
    /** Word → its parts, the last one the head (venskabsforeningen → venskab, foreningen). */
    splits: z.record(lowercaseWord, z.array(lowercaseWord).min(2)),
    /** Reviewed by hand: word-like parts that are derivational prefixes or suffixes here. */
    rules: z
      .object({
        notModifiers: z.array(lowercaseWord),
        notHeads: z.array(lowercaseWord),
        why: z.string().min(1),
      })
      .strict(),
    /** Reviewed by hand: null = not a compound, a list = the right split. */
    corrections: z.record(lowercaseWord, z.array(lowercaseWord).min(2).nullable()),
  })
  .strict();
export type CompoundsFile = z.infer<typeof compoundsSchema>;

/** Validates a data file's content, naming the file and the field on error. */
export function parseSearchData<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? formatPath(issue.path) : '(roden)';
  throw new Error(`${file}: ${where}: ${issue?.message ?? 'ugyldigt indhold'}`);
}

/** Turns a lowercase surface term into the term that exact matching uses. */
export type TermStemmer = (folded: string) => string;

const MIN_COMPOUND_HEAD = 3;

export function createStemmer(lexicon: Lexicon): TermStemmer {
  const byForm = new Map<string, string>();
  const heads: [form: string, lemma: string][] = [];
  for (const entry of lexicon.entries) {
    // The lemma need not occur in the corpus (kursus), but typed in a query it meets its forms.
    byForm.set(foldForMatch(entry.lemma), entry.lemma);
    for (const form of entry.forms) {
      const folded = foldForMatch(form);
      byForm.set(folded, entry.lemma);
      if (entry.compounds) heads.push([folded, entry.lemma]);
    }
  }
  heads.sort((a, b) => b[0].length - a[0].length);
  const cache = new Map<string, string>();
  return (folded) => {
    let stemmed = cache.get(folded);
    if (stemmed !== undefined) return stemmed;
    stemmed = byForm.get(folded);
    if (stemmed === undefined) {
      // A compound that ends in an irregular form (kunstmuseet) keeps its first part verbatim.
      const head = heads.find(
        ([form]) => folded.length - form.length >= MIN_COMPOUND_HEAD && folded.endsWith(form),
      );
      stemmed = head
        ? folded.slice(0, folded.length - head[0].length) + head[1]
        : danishStem(folded);
    }
    if (cache.size > 100_000) cache.clear();
    cache.set(folded, stemmed);
    return stemmed;
  };
}
