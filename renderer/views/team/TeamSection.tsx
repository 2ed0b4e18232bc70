// Indstillinger → Teambibliotek: choose the shared folder and a display name, then the status,
// Synkronisér nu, the notes to share and the conflicts to resolve.
import { useState } from 'react';
import type { TeamStatus } from '../../../shared/team/types';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../notes/formatDate';
import { FormField } from '../notes/FormField';
import { TeamConflicts } from './TeamConflicts';
import { TeamShareList } from './TeamShareList';
import { announceTeamStatus, syncTeam, useTeamStatus } from './teamSync';
import { SectionJobMessages, useSectionJob } from '../settings/sectionJob';
import './team.css';

export function TeamSection() {
  const t = useT('team');
  const status = useTeamStatus();
  const job = useSectionJob();
  const { busy, setMessage } = job;
  // Every failure is said in the interface language (the error's code, not its Danish text).
  const run = (label: string, work: () => Promise<string>) =>
    job.run(label, work, (message) => t('failed', { message }));

  const syncNow = () =>
    run(t('syncing'), async () => {
      const report = await syncTeam();
      return report.state === 'unavailable'
        ? t('unavailable')
        : t('synced', {
            received: report.received,
            written: report.written,
            applied: report.applied,
          });
    });

  return (
    <section className="settings-section card" aria-labelledby="settings-team">
      <h2 id="settings-team">{t('heading')}</h2>
      <p className="muted">{t('help')}</p>
      {status && !status.joined && <JoinForm busy={busy !== null} run={run} />}
      {status?.joined && (
        <>
          <TeamStatusList status={status} />
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={busy !== null}
              onClick={syncNow}
            >
              {t('syncNow')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() =>
                run('', async () => (announceTeamStatus(await call('team.leave', {})), t('left')))
              }
            >
              {t('leave')}
            </button>
          </div>
        </>
      )}
      <SectionJobMessages job={job} />
      {status?.joined && (
        <TeamConflicts onResolved={(text) => setMessage({ text, error: false })} />
      )}
      {status?.joined && <TeamShareList />}
    </section>
  );
}

function JoinForm({
  busy,
  run,
}: {
  busy: boolean;
  run: (label: string, job: () => Promise<string>) => void;
}) {
  const t = useT('team');
  const [folder, setFolder] = useState<string | null>(null);
  const [name, setName] = useState('');
  const choose = async () => {
    const result = await call('team.chooseFolder', {});
    if ('folder' in result) setFolder(result.folder);
  };
  const join = () =>
    run(t('joining'), async () => {
      const status = await call('team.join', { folder: folder ?? '', displayName: name });
      announceTeamStatus(status);
      return status.available
        ? t('synced', { received: 0, written: 0, applied: 0 })
        : t('unavailable');
    });
  return (
    <form
      className="team-join"
      onSubmit={(event) => {
        event.preventDefault();
        join();
      }}
    >
      <p>
        <strong>{t('folder')}:</strong>{' '}
        <code data-testid="team-folder">{folder ?? t('noFolder')}</code>
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void choose()}>
          {t('chooseFolder')}
        </button>
      </div>
      <FormField label={t('displayName')}>
        {(field) => (
          <input
            {...field}
            type="text"
            value={name}
            maxLength={100}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </FormField>
      <button
        type="submit"
        className="button button-primary"
        disabled={busy || !folder || name.trim() === ''}
      >
        {t('join')}
      </button>
    </form>
  );
}

function TeamStatusList({ status }: { status: TeamStatus }) {
  const t = useT('team');
  const { language } = useLanguage();
  return (
    <>
      <dl className="team-status-list" data-testid="team-status">
        <dt>{t('folder')}</dt>
        <dd>
          <code>{status.folder}</code>
        </dd>
        <dt>{t('displayName')}</dt>
        <dd>{status.displayName}</dd>
        <dt>{t('lastSynced')}</dt>
        <dd>{status.lastSyncedAt ? formatDateTime(status.lastSyncedAt, language) : t('never')}</dd>
        <dt>{t('waiting')}</dt>
        <dd>{status.waiting}</dd>
        <dt>{t('conflicts')}</dt>
        <dd>{status.conflicts}</dd>
        <dt>{t('shared')}</dt>
        <dd>{status.sharedNotes + status.sharedHandouts}</dd>
      </dl>
      {!status.available && <p className="notice">{t('unavailable')}</p>}
      {status.unreadable.map((f) => (
        <p key={f.name} className="notice">
          {t('unreadable', {
            name: f.name,
            since: formatDateTime(f.since, language),
            reason: f.reason,
          })}
        </p>
      ))}
      {status.newerFormat > 0 && (
        <p className="notice">{t('newerFormat', { count: status.newerFormat })}</p>
      )}
      {status.applyErrors.map((e) => (
        <p key={e.id} className="notice">
          {t('applyError', { message: e.message })}
        </p>
      ))}
    </>
  );
}
