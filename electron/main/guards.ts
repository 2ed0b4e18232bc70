// Locks every web contents of the app: no navigation, no redirects, no new windows, no webviews,
// no permissions, no remote requests. Links to http/https/mailto go to the system instead.
import type { App, Event, Session, WebContents } from 'electron';
import { APP_SCHEME } from './appProtocol';
import { externalUrlToOpen } from '../../shared/markdown/urlPolicy';

export type OpenExternal = (url: string) => unknown;

/** Guards for one web contents (the main window, the print window, anything else created). */
function guardWebContents(contents: WebContents, openExternal: OpenExternal): void {
  const leave = (event: Event, url: string) => {
    event.preventDefault();
    const href = externalUrlToOpen(url);
    if (href !== null) void openExternal(href);
  };
  contents.on('will-navigate', (event, url) => leave(event, url));
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const href = externalUrlToOpen(url);
    if (href !== null) void openExternal(href);
    return { action: 'deny' };
  });
}

/** Applies the guards to every web contents the app ever creates. */
export function guardAllWebContents(app: App, openExternal: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
}

/** Schemes a page of the app may request at all; everything else (http, https, ws, file) is cancelled. */
const LOCAL_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'devtools:']);

function isLocalRequest(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Denies every permission request and check, and cancels every request that is not local. */
export function hardenSession(session: Session, isAllowedRequest = isLocalRequest): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  );
}
