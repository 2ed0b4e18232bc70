// Indstillinger → Udseende: System / Lys / Mørk. The choice shows at once and is saved.
import { useId, useRef, useState } from 'react';
import { THEMES, type Theme } from '../../shared/api';
import { useT } from '../i18n';
import { useDesktopSettings } from './DesktopSettings';

const THEME_LABEL = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const;

export function ThemeSection() {
  const t = useT('desktop');
  const { theme, setTheme } = useDesktopSettings();
  const [message, setMessage] = useState<'saved' | { error: string } | null>(null);
  // The choice shows at once (arrow keys move on before the save is back); the theme follows.
  const [pending, setPending] = useState<Theme | null>(null);
  const latest = useRef(0);
  const name = useId();

  const choose = async (next: Theme) => {
    const request = ++latest.current;
    setPending(next);
    try {
      await setTheme(next);
      if (request === latest.current) setMessage('saved');
    } catch (e) {
      if (request === latest.current) setMessage({ error: (e as Error).message });
    } finally {
      if (request === latest.current) setPending(null);
    }
  };

  return (
    <section className="settings-section card" aria-labelledby="settings-theme">
      <h2 id="settings-theme">{t('themeHeading')}</h2>
      <fieldset className="language-choice">
        <legend>{t('themeHeading')}</legend>
        <p className="muted" id={`${name}-hint`}>
          {t('themeHelp')}
        </p>
        {THEMES.map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name={name}
              value={option}
              checked={(pending ?? theme) === option}
              aria-describedby={`${name}-hint`}
              onChange={() => void choose(option)}
            />
            <span>{t(THEME_LABEL[option])}</span>
          </label>
        ))}
      </fieldset>
      <div role="status" aria-live="polite">
        {message === 'saved' && <p className="save-ok settings-message">{t('themeSaved')}</p>}
      </div>
      <div role="alert">
        {message !== null && message !== 'saved' && (
          <p className="notice notice-error">{t('themeFailed', { message: message.error })}</p>
        )}
      </div>
    </section>
  );
}
