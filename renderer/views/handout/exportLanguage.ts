// The export language (the words an export adds: labels, page numbers, sources), chosen beside the
// export buttons and shown by the live preview: one value for both, kept in localStorage so the
// choice outlasts a restart. Danish unless chosen.
import { useSyncExternalStore } from 'react';
import type { ExportLanguage } from '../../../shared/handout/exportLabels';

const LANGUAGE_KEY = 'samspil.exportLanguage';
const listeners = new Set<() => void>();
let chosen: ExportLanguage | null = null;

function stored(): ExportLanguage {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

function current(): ExportLanguage {
  chosen ??= stored();
  return chosen;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setExportLanguage(language: ExportLanguage): void {
  chosen = language;
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Without storage the choice lasts for this session.
  }
  for (const listener of listeners) listener();
}

export function useExportLanguage(): ExportLanguage {
  return useSyncExternalStore(subscribe, current);
}
