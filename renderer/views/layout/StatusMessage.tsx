// Loading and error states shared by the views: an error names what went wrong and offers a retry.
import type { ApiError } from '../../../shared/api';
import { useT } from '../../i18n';

export function Loading() {
  const t = useT('common');
  return (
    <p className="status muted" role="status">
      {t('loading')}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT('common');
  return (
    <div className="status status-error" role="alert">
      <h2>{t('errorTitle')}</h2>
      <p>
        {error.code === 'unavailable'
          ? t('errorUnavailable')
          : t('errorGeneric', { message: error.message })}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
