// Plain text with its blocks (headings, box titles, paragraphs, list items, table rows: one a
// line) read as running text for excerpts and snippets: a block that does not end a sentence gets
// a full stop before the next, so a heading such as "Erfaring fra Grow Your Life" and the prose
// after it stay two sentences instead of running together. Words are one space apart. Pure.

// A block ends its sentence with one of these, possibly followed by closing brackets and quotes:
// `Han sagde: ”Ja.”` does, `Unge voksne (18-40)` and `Projektet ”Grow Your Life”` do not.
const ENDS_SENTENCE = /[.!?:;…][»«”“"'’)\]]*$/u;

export function asRunningText(plain: string): string {
  const blocks = plain
    .split(/\s*\n\s*/)
    // Runs of white space (not a lone no-break space, which keeps "18 %" together) become one.
    .map((block) => block.trim().replace(/\s{2,}|[^\S \u00a0]/g, ' '))
    .filter(Boolean);
  return blocks
    .map((block, i) => (i === blocks.length - 1 || ENDS_SENTENCE.test(block) ? block : `${block}.`))
    .join(' ');
}
