// Plain text with its blocks (headings, paragraphs, list items, table rows: one a line) read as
// running text for excerpts and snippets: a block followed by another, which does not end a
// sentence, gets a full stop, so "Erfaring fra Grow Your Life" and "Grow Your Life har …" stay two
// sentences instead of running together. Pure.
const ENDS_SENTENCE = /[.!?:;…»«”"')\]]$/u;

export function asRunningText(plain: string): string {
  const blocks = plain
    .split(/\s*\n\s*/)
    .map((block) => block.trim())
    .filter(Boolean);
  return blocks
    .map((block, i) => (i === blocks.length - 1 || ENDS_SENTENCE.test(block) ? block : `${block}.`))
    .join(' ');
}
