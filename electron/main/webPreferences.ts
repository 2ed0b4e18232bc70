// The one set of web preferences every window gets (Electron's security checklist): isolated,
// sandboxed, no Node, web security on, nothing experimental.
import type { WebPreferences } from 'electron';

/** `extra` may add a preload, a partition or switch JavaScript off, never weaken the rest. */
export function secureWebPreferences(
  extra: Pick<WebPreferences, 'preload' | 'partition' | 'javascript'> = {},
) {
  return {
    ...extra,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  } satisfies WebPreferences;
}
