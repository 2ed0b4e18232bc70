// Which links may leave the app for the system browser or mail client. Pure, so it is shared by
// the window's link handling and the `app.openExternal` call, and tested as a table.
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  // Credentials in a link are a classic way to disguise its real host.
  if (url.username || url.password) return false;
  return url.protocol === 'mailto:' ? url.pathname.length > 0 : url.hostname.length > 0;
}
