// App-wide notice when the notes database was found damaged (or empty, or with a -wal that did not
// belong) and moved aside, at this start or an earlier one, by the app or the CLI: says where the
// old file went and offers to restore the latest backup. It stays until the user says they saw
// it (recorded in the store). Mount it once in the app frame.
import { useEffect, useState } from 'react';
import type { StoreStatus } from '../../../shared/notes/types';
import { bridgeAvailable, call } from '../../api/client';
import { Link } from '../../app/Link';
import { useRoute } from '../../app/useRoute';
import { useT } from '../../i18n';
import { announceNotesChanged } from '../notes/notesChanged';
import { backupName } from './backupFormat';
import '../notes/forms.css';
import './settings.css';
import { useErrorText } from '../../api/errorText';

type Recovered = NonNullable<StoreStatus['recovered']>;

/**
 * Without `status` (the app frame's placement) it asks `notes.status` itself and stays out of the
 * settings page, which shows its own copy with the backups beneath.
 */
export function RecoveryBanner({ status }: { status?: StoreStatus }) {
  const t = useT('settings');
  const errorText = useErrorText();
  const n = useT('storeNotices');
  const route = useRoute();
  const [recovered, setRecovered] = useState<Recovered | null>(status?.recovered ?? null);
  const [hidden, setHidden] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (status || !bridgeAvailable()) return;
    let live = true;
    call('notes.status', {}).then(
      (s) => live && setRecovered(s.recovered),
      // Without a status there is nothing to warn about here; the views show their own errors.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [status]);

  useEffect(() => {
    if (status) setRecovered(status.recovered);
  }, [status]);

  if (!recovered || hidden || (!status && route.name === 'settings')) return null;

  const latest = recovered.latestBackup;
  const title =
    recovered.kind === 'empty'
      ? n('titleEmpty')
      : recovered.kind === 'wal'
        ? n('titleWal')
        : t('recoveryTitle');
  const body =
    recovered.kind === 'wal'
      ? n('bodyWal', { reason: recovered.reason, movedTo: recovered.movedTo })
      : t('recoveryBody', { reason: recovered.reason, movedTo: recovered.movedTo });
  const seen = async () => {
    try {
      await call('notes.acknowledgeRecoveries', {});
      setHidden(true);
    } catch (e) {
      setOutcome({ text: n('seenFailed', { message: errorText(e) }), error: true });
    }
  };
  const restore = async () => {
    if (!latest) return;
    setBusy(true);
    try {
      const next = await call('backups.restore', { name: backupName(latest) });
      setOutcome({ text: t('recoveryRestored', { count: next.noteCount }), error: false });
      announceNotesChanged();
    } catch (e) {
      setOutcome({ text: t('restoreFailed', { message: errorText(e) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="recovery-banner notice notice-warning" aria-labelledby="recovery-title">
      <h2 id="recovery-title" className="notice-title">
        {title}
      </h2>
      <p>
        {body}
        {recovered.foundAt && (
          <> {n('foundAt', { time: recovered.foundAt.slice(0, 16).replace('T', ' ') + ' UTC' })}</>
        )}
      </p>
      <p>{latest ? t('recoveryOffer', { name: backupName(latest) }) : t('recoveryNoBackup')}</p>
      <div className="button-row">
        {latest && (!outcome || outcome.error) && (
          <button type="button" className="button button-primary" disabled={busy} onClick={restore}>
            {t('recoveryRestore')}
          </button>
        )}
        <Link className="button" to={{ name: 'settings' }}>
          {t('recoveryMore')}
        </Link>
        <button type="button" className="button button-quiet" onClick={seen}>
          {n('seen')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {outcome && !outcome.error && <p className="recovery-outcome">{outcome.text}</p>}
      </div>
      <div role="alert">{outcome?.error && <p className="recovery-outcome">{outcome.text}</p>}</div>
    </section>
  );
}
