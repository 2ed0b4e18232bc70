// Partnerskaber: the two partnerships with their key facts.
import { Link } from '../../app/Link';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ContentGate } from '../layout/ContentGate';
import { PartnershipFacts } from './PartnershipFacts';
import './partnerships.css';

export function PartnershipListView() {
  const t = useT('partnerships');
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />
      <ContentGate>
        {(index) => (
          <ul className="partnership-list">
            {index.partnerships.map((p) => {
              const count = index.quotes.filter((q) => q.partnership === p.id).length;
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
      </ContentGate>
    </>
  );
}
