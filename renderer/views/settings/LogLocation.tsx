// Where the main process writes its log, so a user asking for help can find and send it.
import { useApi } from '../../api/useApi';
import { useT } from '../../i18n';

export function LogLocation() {
  const t = useT('diagnostics');
  const info = useApi('app.info', {});
  if (info.status !== 'ready' || !info.value.logFile) return null;
  return (
    <div className="log-location">
      <p>
        {t('logFile')}: <code data-testid="log-file">{info.value.logFile}</code>
      </p>
      <p className="muted">{t('logHelp')}</p>
    </div>
  );
}
