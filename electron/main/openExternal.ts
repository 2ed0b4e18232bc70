// The app's single call of shell.openExternal, behind the scheme check: links from the window and
// the `app.openExternal` call both come through here.
import { shell } from 'electron';
import { isAllowedExternalUrl } from '../../shared/markdown/urlPolicy';

export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
