// App-wide notices about the store that are not recoveries: it is open for reading only (a
// read-only folder, a full disk), or today's backup could not be taken. Mount once in the frame.
import { useEffect, useState } from 'react';
import type { StoreStatus } from '../../../shared/notes/types';
import { bridgeAvailable, call } from '../../api/client';
import { useT } from '../../i18n';
import './settings.css';

export function StoreNotices() {
  const t = useT('storeNotices');
  const [status, setStatus] = useState<StoreStatus | null>(null);

  useEffect(() => {
    if (!bridgeAvailable()) return;
    let live = true;
    call('notes.status', {}).then(
      (s) => live && setStatus(s),
      // Without a status there is nothing to warn about here; the views show their own errors.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (!status || (!status.readOnly && !status.backupWarning)) return null;
  return (
    <>
      {status.readOnly && (
        <section className="notice notice-warning store-notice" aria-labelledby="read-only-title">
          <h2 id="read-only-title" className="notice-title">
            {t('readOnlyTitle')}
          </h2>
          <p>{t('readOnlyBody', { path: status.dataDir })}</p>
        </section>
      )}
      {status.backupWarning && (
        <section
          className="notice notice-warning store-notice"
          aria-labelledby="backup-warning-title"
        >
          <h2 id="backup-warning-title" className="notice-title">
            {t('backupWarningTitle')}
          </h2>
          <p>{t('backupWarningBody', { message: status.backupWarning })}</p>
        </section>
      )}
    </>
  );
}
