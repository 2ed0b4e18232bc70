// The interface language: read from settings at start, changed through settings.set, mirrored in
// <html lang> so screen readers pronounce the text in the right language.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Language } from '../../shared/api';
import { bridgeAvailable, call } from '../api/client';
import type { Namespace } from './messages';
import { scoped, translator, type ScopedTranslate, type Translate } from './translate';

interface I18nValue {
  language: Language;
  t: Translate;
  /** Saves the language in the settings and switches the interface to it. */
  setLanguage: (language: Language) => Promise<void>;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>('da');

  useEffect(() => {
    if (!bridgeAvailable()) return;
    let current = true;
    call('settings.get', {}).then(
      (settings) => current && setLanguageState(settings.language),
      // Without settings the interface stays Danish; the views report the missing data themselves.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback(async (next: Language) => {
    const saved = await call('settings.set', { language: next });
    setLanguageState(saved.language);
  }, []);

  const value = useMemo(
    () => ({ language, t: translator(language), setLanguage }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT() kræver <I18nProvider> over komponenten');
  return value;
}

/** `useT()` takes `namespace.key`; `useT('quotes')` takes keys of that namespace alone. */
export function useT(): Translate;
export function useT<N extends Namespace>(namespace: N): ScopedTranslate<N>;
export function useT<N extends Namespace>(namespace?: N): Translate | ScopedTranslate<N> {
  const { t } = useI18n();
  return useMemo(() => (namespace ? scoped(t, namespace) : t), [t, namespace]);
}

export function useLanguage(): Pick<I18nValue, 'language' | 'setLanguage'> {
  const { language, setLanguage } = useI18n();
  return { language, setLanguage };
}
