// The one place that decides which link and image targets user Markdown may keep.

/** http, https and mailto only; taken literally, so entity- or whitespace-disguised schemes fail. */
const SAFE_LINK = /^(?:https?:\/\/[^\s<>"'`\\]+|mailto:[^\s<>"'`\\:/]+@[^\s<>"'`\\]+)$/i;
/** Inline PNG/JPEG only: an image can never reach the network or carry script. */
const SAFE_IMAGE = /^data:image\/(?:png|jpeg);base64,[a-z0-9+/]+=*$/i;

export function safeLinkUrl(href: string): string | null {
  const url = href.trim();
  return SAFE_LINK.test(url) ? url : null;
}

export function safeImageUrl(href: string): string | null {
  const url = href.trim();
  return SAFE_IMAGE.test(url) ? url : null;
}

/** Drops the markup of raw HTML a user typed and keeps its words (the result is escaped later). */
export function stripTags(html: string): string {
  return html
    .replace(
      /<(script|style|template|iframe|object|noscript|textarea|title)\b[\s\S]*?<\/\1\s*>/gi,
      '',
    )
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<\/?[a-z!?/][^>]*(?:>|$)/gi, '');
}
