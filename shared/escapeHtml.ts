// Escaping text for HTML, for every place that writes HTML by hand (exports, copy as HTML, the
// preview of note titles).

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Like escapeHtml, but keeps character references the user wrote (`&amp;`, `&#8230;`) as such. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&(?!#?[a-z0-9]+;)|[<>"']/gi, (c) => HTML_ESCAPES[c] ?? c);
}
