// A quote has no title in the source; the list views need one: the speaker's role and the opening
// words of the quote, short enough for one line (≤ 80 characters).

export const QUOTE_TITLE_MAX = 80;
const ROLE_MAX = 50;

/** Cuts text at a word boundary so that it, plus the ellipsis, fits `max` characters. */
export function truncateWords(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  // When the cut falls right before a space, the last word is whole.
  const cut = clean[max - 1] === ' ' ? room.length : room.lastIndexOf(' ');
  let head = cut > max / 3 ? room.slice(0, cut) : room;
  // Never stop inside a bracketed insertion: "at (koordinator…" reads as if the source said so.
  const open = Math.max(head.lastIndexOf('('), head.lastIndexOf('['));
  if (open > head.lastIndexOf(')') && open > head.lastIndexOf(']') && open > max / 3) {
    head = head.slice(0, open);
  }
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The role without explanatory asides in parentheses ("Kommunal chef (en af de to …)"). */
function shortRole(role: string): string {
  const bare = role.replace(/\s*\([^)]*\)/g, '').trim();
  return truncateWords(bare || role, ROLE_MAX);
}

export function deriveQuoteTitle(role: string, quoteText: string): string {
  const speaker = shortRole(role);
  return `${speaker}: ${truncateWords(quoteText, QUOTE_TITLE_MAX - speaker.length - 2)}`;
}
