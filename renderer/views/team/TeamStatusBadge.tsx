// The team library's state in the header: last synced, changes waiting, conflicts; a link to
// Indstillinger → Teambibliotek. Nothing shows until the user has joined a team folder.
import { Link } from '../../app/Link';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../notes/formatDate';
import { useTeamAutoSync, useTeamFolderChanges, useTeamStatus } from './teamSync';
import './team.css';

export function TeamStatusBadge() {
  const t = useT('team');
  const { language } = useLanguage();
  const status = useTeamStatus();
  useTeamAutoSync(status?.joined === true);
  useTeamFolderChanges(status?.joined === true);
  if (!status?.joined) return null;
  const parts = [
    !status.available
      ? t('badgeOffline')
      : status.lastSyncedAt
        ? t('badgeSynced', { time: formatDateTime(status.lastSyncedAt, language) })
        : t('badgeNever'),
  ];
  if (status.waiting > 0) parts.push(t('badgeWaiting', { count: status.waiting }));
  if (status.conflicts > 0) parts.push(t('badgeConflicts', { count: status.conflicts }));
  return (
    <Link
      to={{ name: 'settings' }}
      className={`team-badge${status.conflicts > 0 ? ' team-badge-conflict' : ''}`}
      data-testid="team-badge"
    >
      <span role="status">{t('badge', { state: parts.join(' · ') })}</span>
    </Link>
  );
}
