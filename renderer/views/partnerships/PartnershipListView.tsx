// Partnerskaber: the two partnerships with their key facts.
import { useContent } from '../../app/ContentProvider';
import { Link } from '../../app/Link';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { PartnershipFacts } from './PartnershipFacts';
import './partnerships.css';

export function PartnershipListView() {
  const t = useT('partnerships');
  const content = useContent();
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />
      {content.status === 'loading' && <Loading />}
      {content.status === 'error' && <ErrorState error={content.error} onRetry={content.reload} />}
      {content.status === 'ready' && (
        <ul className="partnership-list">
          {content.value.partnerships.map((p) => {
            const count = content.value.quotes.filter((q) => q.partnership === p.id).length;
            return (
              <li key={p.id} className="card">
                <h2>
                  <Link to={{ name: 'partnership', id: p.id }} lang="da">
                    {p.title}
                  </Link>
                </h2>
                <p lang="da" className="prose">
                  {p.summary}
                </p>
                <PartnershipFacts partnership={p} />
                <p className="muted">
                  {count === 1 ? t('quoteCountOne') : t('quoteCount', { count })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
