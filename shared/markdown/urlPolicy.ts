// The one policy for where user Markdown may point, used by the app's view of a note, every
// export and `app.openExternal`: a link is parsed as a URL and kept only when it is http, https or
// mailto without credentials; an image only when it is an inline raster image.

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/**
 * Refused before parsing: the URL parser drops tabs and newlines and trims spaces, so
 * "java\tscript:" would parse as javascript:, and quotes or angle brackets could end an attribute.
 */
const UNSAFE_CHARS = /[\s<>"'`\\\p{Cc}]/u;
const MAILBOX = /^[^@/:]+@[^@/]+$/;
/** Only inline raster images: the CSP allows `data:` images, nothing remote or local. */
const SAFE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/]+=*$/i;

/** The link target as written (trimmed) when it is allowed, else null. */
export function safeLinkUrl(href: string): string | null {
  const raw = href.trim();
  if (!raw || UNSAFE_CHARS.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null;
  // Credentials in a link are a classic way to disguise its real host.
  if (url.username || url.password) return null;
  const addressed = url.protocol === 'mailto:' ? MAILBOX.test(url.pathname) : url.hostname !== '';
  return addressed ? raw : null;
}

/** Whether `app.openExternal` and the window's link handling may hand `url` to the system. */
export function isAllowedExternalUrl(url: string): boolean {
  return safeLinkUrl(url) !== null;
}

/** `mailto:…?attach=/etc/passwd` makes some mail clients attach a local file. */
function asksForAttachment(url: URL): boolean {
  return [...url.searchParams.keys()].some((key) => /attach/i.test(key));
}

/**
 * What `app.openExternal` and the window's link guard hand to the system: the parsed URL's
 * normalised `href`, never the raw string; null when the link may not leave the app. Nothing is
 * trimmed here (the link opened must be the link checked), and a mailto link may not ask to
 * attach a file.
 */
export function externalUrlToOpen(raw: string): string | null {
  if (raw !== raw.trim() || safeLinkUrl(raw) === null) return null;
  const url = new URL(raw);
  if (url.protocol === 'mailto:' && asksForAttachment(url)) return null;
  return url.href;
}

export function safeImageUrl(href: string): string | null {
  const url = href.trim();
  return SAFE_IMAGE.test(url) ? url : null;
}
