// The notes' free-text partnership values that migration v6 made into partnerships, reported the
// way an import is: how many, which, with how many notes, and the backup taken first.
import { useApi } from '../../api/useApi';
import { Link } from '../../app/Link';
import { useT } from '../../i18n';

export function MigrationNotice() {
  const t = useT('myPartnerships');
  const report = useApi('partnerships.migrationReport', {});
  if (report.status !== 'ready' || report.value.added === 0) return null;
  const { added, notesLinked, partnerships, backup } = report.value;
  return (
    <details className="notice notice-success migration-report">
      <summary>{t('migrationSummary', { count: added, notes: notesLinked })}</summary>
      <p>{t('migrationExplain')}</p>
      <ul>
        {partnerships.map((p) => (
          <li key={p.id}>
            <Link to={{ name: 'myPartnership', id: p.id, tab: 'profile' }}>{p.name}</Link>{' '}
            <span className="muted">{t('migrationNotes', { count: p.notes })}</span>
          </li>
        ))}
      </ul>
      {backup && <p>{t('migrationBackup', { path: backup })}</p>}
    </details>
  );
}
