// Turns the expanded query into what the notes store looks up, so notes get the same Danish
// search as the bundled content: the glossary's Danish words, every lexicon form of a word, the
// compounds that end with it, the content vocabulary's prefix completions and typo corrections,
// and a prefix of the word being typed. Terms are in the store's form (Snowball stems, see
// notes/noteText), which is what its FTS index holds.
import { normalTerm } from '../notes/noteText';
import type { NoteTermQuery } from '../serviceTypes';
import type { ExpandedQuery } from './expandQuery';

/**
 * A raw FTS prefix expands to every indexed term it begins; below four letters that is much of
 * the store's vocabulary (n* at 100,000 notes). Shorter prefixes use the content vocabulary's
 * capped completions instead, which the expansion already picked.
 */
const MIN_NOTE_PREFIX = 4;
/**
 * Completions of a prefix shorter than that, looked up in the notes: every term is a doclist the
 * store merges, and the first letters typed say too little to be worth more.
 */
const SHORT_PREFIX_TERMS = 12;

export function noteTermQuery(
  plan: ExpandedQuery,
  lexiconForms: (lemma: string) => readonly string[],
  typing: boolean,
): NoteTermQuery {
  const slots = plan.slots
    .filter((slot) => slot.presence !== 'prohibited')
    .map((slot) => {
      const short = slot.last && typing && slot.surface.length < MIN_NOTE_PREFIX;
      const expanded = [...slot.expanded.keys()].slice(0, short ? SHORT_PREFIX_TERMS : undefined);
      const words = new Set<string>([...slot.surfaces, ...expanded]);
      for (const stem of slot.stems) for (const form of lexiconForms(stem)) words.add(form);
      const terms = [...words].map(normalTerm);
      const prefixes =
        slot.last && typing && slot.surface.length >= MIN_NOTE_PREFIX && !slot.glossary
          ? [slot.surface, normalTerm(slot.surface)]
          : [];
      return { terms: [...new Set(terms)], prefixes: [...new Set(prefixes)] };
    });
  return { slots };
}
