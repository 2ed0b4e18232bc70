// Forside: what Samspil is, the two partnerships, and the ways into the material.
import { useContent } from '../../app/ContentProvider';
import { RecentList } from '../../desktop/RecentList';
import { Link } from '../../app/Link';
import type { Route } from '../../app/router';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { ContentHtml } from '../shared/ContentHtml';
import './home.css';

const WAYS: { to: Route; title: MessageKey; text: MessageKey }[] = [
  { to: { name: 'quotes', filters: {} }, title: 'home.wayQuotesTitle', text: 'home.wayQuotesText' },
  { to: { name: 'factors' }, title: 'home.wayFactorsTitle', text: 'home.wayFactorsText' },
  {
    to: { name: 'search', q: '', filters: {} },
    title: 'home.waySearchTitle',
    text: 'home.waySearchText',
  },
  { to: { name: 'notes' }, title: 'home.wayNotesTitle', text: 'home.wayNotesText' },
  { to: { name: 'handout' }, title: 'home.wayHandoutTitle', text: 'home.wayHandoutText' },
];

export function HomeView() {
  const t = useT();
  const content = useContent();
  return (
    <div className="home">
      <PageHeader title={t('home.title')} lead={t('home.lead')}>
        <p className="prose">{t('home.body')}</p>
      </PageHeader>

      <RecentList />

      <section aria-labelledby="home-partnerships">
        <h2 id="home-partnerships">{t('home.partnershipsHeading')}</h2>
        {content.status === 'loading' && <Loading />}
        {content.status === 'error' && (
          <ErrorState error={content.error} onRetry={content.reload} />
        )}
        {content.status === 'ready' && (
          <ul className="home-partnerships">
            {content.value.partnerships.map((p) => (
              <li key={p.id} className="card">
                <h3>
                  <Link to={{ name: 'partnership', id: p.id }} lang="da">
                    {p.title}
                  </Link>
                </h3>
                <p className="muted home-partnership-meta">
                  {p.place} · {p.period}
                </p>
                <p lang="da">{p.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="home-ways">
        <h2 id="home-ways">{t('home.waysInHeading')}</h2>
        <ul className="home-ways">
          {WAYS.map((way) => (
            <li key={way.title}>
              <Link to={way.to} className="home-way">
                <span className="home-way-title">{t(way.title)}</span>
                <span className="home-way-text">{t(way.text)}</span>
              </Link>
            </li>
          ))}
        </ul>
        {content.status === 'ready' && (
          <p className="muted">
            {t('home.facts', {
              quotes: content.value.quotes.length,
              factors: content.value.factors.length,
              lessons: content.value.lessons.length,
            })}
          </p>
        )}
      </section>

      {content.status === 'ready' &&
        content.value.sources.map((source) => (
          <section key={source.id} aria-labelledby="home-source" className="home-source">
            <h2 id="home-source">{t('home.sourceHeading')}</h2>
            <p lang="da">
              <cite>{source.citation}</cite>
            </p>
            <details>
              <summary lang="da">{source.title}</summary>
              <div lang="da" className="prose">
                <ContentHtml html={source.html} />
              </div>
            </details>
          </section>
        ))}
    </div>
  );
}
