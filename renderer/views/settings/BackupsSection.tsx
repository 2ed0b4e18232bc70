// The backups: list (newest first), take one now, restore one after confirmation, and choose the
// folder they are kept in.
import { SectionJobMessages, useSectionJob } from './sectionJob';
import { useState } from 'react';
import type { BackupInfo } from '../../../shared/notes/types';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLanguage, useT } from '../../i18n';
import { ConfirmBox } from '../shared/ConfirmBox';
import { formatDateTime } from '../notes/formatDate';
import { announceNotesChanged } from '../notes/notesChanged';
import { formatBytes, REASON_KEY } from './backupFormat';
import { useErrorText } from '../../api/errorText';

export function BackupsSection({ onChanged }: { onChanged: () => void }) {
  const t = useT('settings');
  const tt = useT();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const backups = useApi('backups.list', {});
  const [confirming, setConfirming] = useState<string | null>(null);
  const job = useSectionJob(() => {
    backups.reload();
    onChanged();
  });
  const { busy, run } = job;

  const create = () =>
    run(
      t('backupCreating'),
      async () => t('backupCreated', { name: (await call('backups.create', {})).name }),
      (m) => t('backupFailed', { message: m }),
    );

  const chooseDir = () =>
    run(
      '',
      async () => {
        const result = await call('settings.chooseBackupDir', {});
        return 'cancelled' in result
          ? t('backupDirCancelled')
          : t('backupDirChanged', { path: result.backupDir });
      },
      (m) => t('backupDirFailed', { message: m }),
    );

  const restore = (backup: BackupInfo) =>
    run(
      t('restoring'),
      async () => {
        setConfirming(null);
        const status = await call('backups.restore', { name: backup.name });
        announceNotesChanged();
        return t('restored', { count: status.noteCount });
      },
      (m) => t('restoreFailed', { message: m }),
    );

  const sorted =
    backups.status === 'ready'
      ? [...backups.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      : [];

  return (
    <section className="settings-section card" aria-labelledby="settings-backups">
      <h2 id="settings-backups">{t('backupsHeading')}</h2>
      <p className="muted">{t('backupsHelp')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy !== null}
          onClick={create}
        >
          {t('backupNow')}
        </button>
        <button type="button" className="button" disabled={busy !== null} onClick={chooseDir}>
          {t('chooseBackupDir')}
        </button>
      </div>
      <SectionJobMessages job={job} />
      {backups.status === 'error' && (
        <p className="notice notice-error">
          {t('backupsError', { message: errorText(backups.error) })}
        </p>
      )}
      {backups.status === 'ready' && sorted.length === 0 && (
        <p className="muted">{t('backupsEmpty')}</p>
      )}
      {sorted.length > 0 && (
        <div className="table-scroll">
          <table className="backup-table">
            <caption className="visually-hidden">{t('backupsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colCreated')}</th>
                <th scope="col">{t('colReason')}</th>
                <th scope="col">{t('colSize')}</th>
                <th scope="col">{t('colName')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('colAction')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((b) => {
                const date = formatDateTime(b.createdAt, language);
                return (
                  <tr key={b.name}>
                    <td>{date}</td>
                    <td>{tt(REASON_KEY[b.reason])}</td>
                    <td>{formatBytes(b.bytes, language)}</td>
                    <td>
                      <code>{b.name}</code>
                    </td>
                    <td>
                      {confirming === b.name ? (
                        <ConfirmBox
                          label={t('restoreLabel', { date })}
                          text={t('restoreConfirm', { date })}
                          confirmLabel={t('restore')}
                          cancelLabel={tt('notes.cancel')}
                          onConfirm={() => void restore(b)}
                          onCancel={() => setConfirming(null)}
                          opener={() =>
                            document.querySelector<HTMLElement>(
                              `[data-backup="${CSS.escape(b.name)}"]`,
                            )
                          }
                        />
                      ) : (
                        <button
                          type="button"
                          className="button button-quiet"
                          disabled={busy !== null}
                          aria-label={t('restoreLabel', { date })}
                          data-backup={b.name}
                          onClick={() => setConfirming(b.name)}
                        >
                          {t('restore')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
