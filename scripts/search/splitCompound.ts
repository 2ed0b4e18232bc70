// Splits a Danish word into dictionary words: first as the dictionary's compound flags allow
// (strict), else — for compounds the dictionary lists whole, such as dagtilbud, whose parts
// would not combine by the flags — any listed word with no, -s- or -e- linking (loose, which
// needs a person's review). Parts are dictionary words: modifiers as listed, the head as written.
import type { CompoundLexicon } from './hunspellDictionary';

interface CompoundSplit {
  parts: string[];
  /** 'flags': the dictionary's compound flags allow it; 'loose': only the listed-words rule does. */
  by: 'flags' | 'loose';
}

/** A head of three letters (tid, mål, råd) is too often the end of an unrelated word. */
const MIN_HEAD = 4;
/** A modifier shorter than three letters is more often a coincidence than a word. */
const MIN_MODIFIER = 3;
const MAX_PARTS = 4;
const LINKS = ['', 's', 'e'] as const;

type Modifier = (form: string) => string | undefined;

/** The reviewed rules: parts that look like words but are derivational prefixes or suffixes. */
export interface SplitRules {
  notModifiers: ReadonlySet<string>;
  notHeads: ReadonlySet<string>;
}

const NO_RULES: SplitRules = { notModifiers: new Set(), notHeads: new Set() };

function allowed(parts: string[], rules: SplitRules): boolean {
  const head = parts[parts.length - 1] as string;
  return !rules.notHeads.has(head) && parts.slice(0, -1).every((p) => !rules.notModifiers.has(p));
}

function splits(
  word: string,
  modifier: Modifier,
  lexicon: CompoundLexicon,
  depth: number,
): string[][] {
  const found: string[][] = [];
  for (let cut = MIN_MODIFIER; cut <= word.length - MIN_HEAD; cut++) {
    const part = modifier(word.slice(0, cut));
    if (part === undefined) continue;
    const rest = word.slice(cut);
    if (lexicon.end.has(rest)) found.push([part, rest]);
    if (depth + 1 < MAX_PARTS) {
      for (const tail of splits(rest, modifier, lexicon, depth + 1)) found.push([part, ...tail]);
    }
  }
  return found;
}

/** Fewest parts first (the dictionary's own longer words), then the longest head. */
function fewestParts(candidates: string[][]): string[] | undefined {
  return [...candidates].sort(
    (a, b) => a.length - b.length || (b.at(-1) as string).length - (a.at(-1) as string).length,
  )[0];
}

export function splitCompound(
  word: string,
  lexicon: CompoundLexicon,
  rules: SplitRules = NO_RULES,
): CompoundSplit | undefined {
  if (!/^\p{Ll}+$/u.test(word) || word.length < MIN_MODIFIER + MIN_HEAD) return undefined;
  const best = (candidates: string[][]) =>
    fewestParts(candidates.filter((parts) => allowed(parts, rules)));
  const strict = best(splits(word, (form) => lexicon.begin.get(form), lexicon, 1));
  if (strict) return { parts: strict, by: 'flags' };
  const loose = best(
    splits(
      word,
      (form) => {
        for (const link of LINKS) {
          const base = link ? (form.endsWith(link) ? form.slice(0, -1) : '') : form;
          if (base.length >= MIN_MODIFIER && lexicon.words.has(base)) return base;
        }
        return undefined;
      },
      lexicon,
      1,
    ),
  );
  return loose ? { parts: loose, by: 'loose' } : undefined;
}
