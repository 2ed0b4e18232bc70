// *Senest set* on the home page: the pages opened last, newest first, kept in the settings.
import { useT } from '../i18n';
import { useDesktopSettings } from './DesktopSettings';

const KIND_LABEL = {
  partnership: 'recentKindPartnership',
  factor: 'recentKindFactor',
  lesson: 'recentKindLesson',
  note: 'recentKindNote',
} as const;

export function RecentList() {
  const t = useT('desktop');
  const { recent } = useDesktopSettings();
  return (
    <section aria-labelledby="home-recent" className="home-recent">
      <h2 id="home-recent">{t('recentHeading')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('recentEmpty')}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((visit) => (
            <li key={visit.hash}>
              <a href={visit.hash} lang={visit.kind === 'note' ? undefined : 'da'}>
                {visit.title}
              </a>{' '}
              <span className="muted">· {t(KIND_LABEL[visit.kind])}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
