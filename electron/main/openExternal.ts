// The app's single call of shell.openExternal, behind the scheme check: links from the window and
// the `app.openExternal` call both come through here, and what is opened is the checked URL's
// normalised href, not the string that arrived.
import { shell } from 'electron';
import { externalUrlToOpen } from '../../shared/markdown/urlPolicy';

export async function openExternalSafely(url: string): Promise<boolean> {
  const href = externalUrlToOpen(url);
  if (href === null) return false;
  await shell.openExternal(href);
  return true;
}
