// Loading and error states shared by the views: an error names what went wrong and offers a retry.
import type { ApiError } from '../../../shared/api';
import { useT } from '../../i18n';
import { useErrorText } from '../../api/errorText';

export function Loading() {
  const t = useT('common');
  return (
    <p className="status muted" role="status">
      {t('loading')}
    </p>
  );
}

export function ErrorState(props: {
  error: ApiError;
  /** Said in place of the error's own text (a view's not-found message, for instance). */
  message?: string;
  onRetry?: () => void;
}) {
  const { error, message, onRetry } = props;
  const t = useT('common');
  const errorText = useErrorText();
  return (
    <div className="status status-error" role="alert">
      <h2>{t('errorTitle')}</h2>
      <p>
        {error.code === 'unavailable'
          ? t('errorUnavailable')
          : t('errorGeneric', { message: message ?? errorText(error) })}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
