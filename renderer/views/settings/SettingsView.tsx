// Indstillinger: the interface language, where the data lives, and the backups.
import { useId, useState } from 'react';
import { LANGUAGES, type Language } from '../../../shared/api';
import { useApi } from '../../api/useApi';
import { ThemeSection } from '../../desktop/ThemeSection';
import { useLanguage, useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { BackupsSection } from './BackupsSection';
import { RecoveryBanner } from './RecoveryBanner';
import { TeamSection } from '../team/TeamSection';
import '../notes/forms.css';
import './settings.css';
import { useErrorText } from '../../api/errorText';
import { LogLocation } from './LogLocation';

const LANGUAGE_NAME: Record<Language, 'common.languageDanish' | 'common.languageEnglish'> = {
  da: 'common.languageDanish',
  en: 'common.languageEnglish',
};

export function SettingsView() {
  const t = useT('settings');
  const errorText = useErrorText();
  const n = useT('storeNotices');
  const status = useApi('notes.status', {});
  return (
    <div className="settings-view">
      <PageHeader title={t('title')} />
      {status.status === 'ready' && <RecoveryBanner status={status.value} />}
      <LanguageSection />
      <ThemeSection />
      <section className="settings-section card" aria-labelledby="settings-data">
        <h2 id="settings-data">{t('dataHeading')}</h2>
        <p className="muted">{t('dataHelp')}</p>
        {status.status === 'error' && (
          <p className="notice notice-error" role="alert">
            {t('statusError', { message: errorText(status.error) })}
          </p>
        )}
        {status.status === 'ready' && (
          <dl className="data-list">
            <dt>{t('dataDir')}</dt>
            <dd>
              <code>{status.value.dataDir}</code>
            </dd>
            <dt>{t('dbPath')}</dt>
            <dd>
              <code>{status.value.dbPath}</code>
            </dd>
            <dt>{t('backupDir')}</dt>
            <dd>
              <code>{status.value.backupDir}</code>
            </dd>
            {status.value.backupSpace && (
              <>
                <dt>{n('backupSpaceLabel')}</dt>
                <dd data-testid="backup-space">
                  {n('backupSpace', {
                    count: status.value.backupSpace.count,
                    size: formatSize(status.value.backupSpace.bytes),
                  })}
                </dd>
              </>
            )}
            <dt>{t('schemaVersion')}</dt>
            <dd>{status.value.schemaVersion}</dd>
            <dt>{t('noteCount')}</dt>
            <dd data-testid="note-count">{status.value.noteCount}</dd>
          </dl>
        )}
        <LogLocation />
      </section>
      <BackupsSection onChanged={status.reload} />
      <TeamSection />
    </div>
  );
}

/** kB below a megabyte, else MB with one decimal. */
function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} kB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function LanguageSection() {
  const t = useT('settings');
  const errorText = useErrorText();
  const tt = useT();
  const { language, setLanguage } = useLanguage();
  // "Saved" is rendered from its key, so it shows in the language just chosen.
  const [message, setMessage] = useState<{ text: string; error: boolean } | 'saved' | null>(null);
  // The choice shows at once; the interface follows as soon as the setting is saved.
  const [pending, setPending] = useState<Language | null>(null);
  const name = useId();

  const choose = async (next: Language) => {
    setPending(next);
    try {
      await setLanguage(next);
      setMessage('saved');
    } catch (e) {
      setMessage({ text: t('languageFailed', { message: errorText(e) }), error: true });
    } finally {
      setPending(null);
    }
  };

  return (
    <section className="settings-section card" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('languageHeading')}</h2>
      <fieldset className="language-choice">
        <legend>{t('languageHeading')}</legend>
        <p className="muted" id={`${name}-hint`}>
          {t('languageHelp')}
        </p>
        {LANGUAGES.map((lang) => (
          <label key={lang} className="radio">
            <input
              type="radio"
              name={name}
              value={lang}
              lang={lang}
              checked={(pending ?? language) === lang}
              aria-describedby={`${name}-hint`}
              onChange={() => void choose(lang)}
            />
            <span lang={lang}>{tt(LANGUAGE_NAME[lang])}</span>
          </label>
        ))}
      </fieldset>
      <div role="status" aria-live="polite">
        {message === 'saved' && <p className="save-ok settings-message">{t('languageSaved')}</p>}
      </div>
      <div role="alert">
        {message !== 'saved' && message?.error && (
          <p className="notice notice-error">{message.text}</p>
        )}
      </div>
    </section>
  );
}
