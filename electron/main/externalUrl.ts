// Which links may leave the app for the system browser or mail client, and exactly what is then
// opened: the parsed URL's normalised `href`, never the raw string. Pure, so it is shared by the
// window's link handling and the `app.openExternal` call, and tested as a table.
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * What the URL parser would silently repair is refused instead (leading or trailing spaces,
 * control characters such as NUL, tab and newline anywhere, backslashes read as slashes): the
 * link the user sees must be the link that is opened.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const REPAIRED_BY_PARSER = /[\u0000-\u001f\u007f\\]/;

/** `mailto:…?attach=/etc/passwd` makes some mail clients attach a local file. */
function asksForAttachment(url: URL): boolean {
  return [...url.searchParams.keys()].some((key) => /attach/i.test(key));
}

/** The normalised `href` to open, or null when the link may not leave the app. */
export function externalUrlToOpen(raw: string): string | null {
  if (raw !== raw.trim() || REPAIRED_BY_PARSER.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  // Credentials in a link are a classic way to disguise its real host.
  if (url.username || url.password) return null;
  if (url.protocol === 'mailto:') {
    return url.pathname.length > 0 && !asksForAttachment(url) ? url.href : null;
  }
  return url.hostname.length > 0 ? url.href : null;
}

export function isAllowedExternalUrl(raw: string): boolean {
  return externalUrlToOpen(raw) !== null;
}
