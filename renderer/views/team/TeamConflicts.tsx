// "Konflikt: to versioner": every version of a conflicting note, with author and time; the user
// keeps one or combines the texts.
import { useEffect, useState } from 'react';
import type { TeamConflict } from '../../../shared/team/types';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../notes/formatDate';
import { announceTeamStatus, useTeamStatus } from './teamSync';
import { announceNotesChanged } from '../notes/notesChanged';

export function TeamConflicts({ onResolved }: { onResolved: (text: string) => void }) {
  const t = useT('team');
  const { language } = useLanguage();
  const status = useTeamStatus();
  const [conflicts, setConflicts] = useState<TeamConflict[]>([]);
  const count = status?.conflicts ?? 0;

  useEffect(() => {
    let current = true;
    void call('team.conflicts', {}).then((list) => current && setConflicts(list));
    return () => {
      current = false;
    };
  }, [count, status?.lastSyncedAt]);

  const resolve = async (conflict: TeamConflict, choice: { version: number } | 'combine') => {
    if (!conflict.localId) return;
    const report = await call('team.resolve', {
      kind: conflict.kind,
      id: conflict.localId,
      choice,
    });
    announceTeamStatus(report.status);
    announceNotesChanged();
    onResolved(t('resolved'));
  };

  if (conflicts.length === 0) return null;
  return (
    <div className="team-conflicts">
      {conflicts.map((conflict) => (
        <section
          key={conflict.id}
          className="team-conflict"
          aria-labelledby={`conflict-${conflict.id}`}
        >
          <h3 id={`conflict-${conflict.id}`}>
            {t('conflictHeading')}:{' '}
            <span lang="da">{String(conflict.versions[0]?.item.title ?? '')}</span>
          </h3>
          <p className="muted">{t('conflictHelp')}</p>
          {conflict.versions.map((version, index) => (
            <div key={version.stamp} className="team-version">
              <h4>
                {t('version', {
                  author: version.author,
                  time: formatDateTime(version.changedAt, language),
                })}
              </h4>
              <pre lang="da">{String(version.item.body ?? version.item.intro ?? '')}</pre>
              <button
                type="button"
                className="button"
                onClick={() => void resolve(conflict, { version: index })}
              >
                {t('keepVersion')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-primary"
            onClick={() => void resolve(conflict, 'combine')}
          >
            {t('combine')}
          </button>
        </section>
      ))}
    </div>
  );
}
