// One-click switch between Danish and English; the button is labelled in the language it offers.
import { useState } from 'react';
import { useLanguage, useT } from '../../i18n';

export function LanguageToggle() {
  const t = useT('common');
  const { language, setLanguage } = useLanguage();
  const [busy, setBusy] = useState(false);
  const next = language === 'da' ? 'en' : 'da';
  const switchLanguage = () => {
    setBusy(true);
    setLanguage(next)
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  return (
    <button
      type="button"
      className="language-toggle"
      lang={next}
      disabled={busy}
      onClick={switchLanguage}
    >
      {next === 'en' ? t('languageEnglish') : t('languageDanish')}
    </button>
  );
}
