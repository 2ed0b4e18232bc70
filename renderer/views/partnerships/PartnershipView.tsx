// One partnership, readable like a well-set report: contents (which stay in view and mark the
// section being read) and facts beside each section with the quotes that stand in it.
import { Link } from '../../app/Link';
import { useSectionInView } from '../../desktop/useSectionInView';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { QuoteBlock } from '../quotes/QuoteBlock';
import { ContentHtml } from '../shared/ContentHtml';
import { PartnershipFacts } from './PartnershipFacts';
import type { PartnershipEntry } from '../../../shared/content/types';
import type { ContentIndex } from '../../app/contentIndex';
import { ContentGate } from '../layout/ContentGate';
import './partnerships.css';

export function PartnershipView({ id }: { id: string; section?: string }) {
  return (
    <ContentGate
      find={(index) => index.get('partnership', id)}
      notFoundPath={`/partnerskaber/${id}`}
    >
      {(partnership, index) => <Partnership partnership={partnership} index={index} />}
    </ContentGate>
  );
}

function Partnership(props: { partnership: PartnershipEntry; index: ContentIndex }) {
  const { partnership, index } = props;
  const t = useT('partnerships');
  const inView = useSectionInView(partnership.sections.map((s) => `section-${s.slug}`));
  const quotes = index.quotes.filter((q) => q.partnership === partnership.id);

  return (
    <article className="partnership">
      <PageHeader
        kicker={<Link to={{ name: 'partnerships' }}>{t('backToList')}</Link>}
        title={partnership.title}
        lead={partnership.summary}
        lang="da"
      />
      <div className="partnership-layout">
        <div className="partnership-aside">
          <nav aria-label={t('contents')} className="partnership-toc">
            <h2 className="partnership-toc-heading">{t('contents')}</h2>
            <ol>
              {partnership.sections.map((section) => (
                <li key={section.id}>
                  <Link
                    to={{ name: 'partnership', id: partnership.id, section: section.slug }}
                    aria-current={`section-${section.slug}` === inView ? 'location' : undefined}
                    lang="da"
                  >
                    {section.heading}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          <div className="partnership-aside-facts">
            <PartnershipFacts partnership={partnership} />
          </div>
        </div>
        <div className="partnership-sections">
          {partnership.sections.map((section) => {
            const sectionQuotes = quotes.filter((q) => q.section === section.slug);
            const headingId = `section-${section.slug}`;
            return (
              <section key={section.id} aria-labelledby={headingId} className="report-section">
                <div className="report-section-head">
                  <h2 id={headingId} tabIndex={-1} lang="da">
                    {section.heading}
                  </h2>
                  <AddToHandoutButton kind="section" id={section.id} title={section.heading} />
                </div>
                <ContentHtml html={section.html} className="prose" />
                {sectionQuotes.length > 0 && (
                  <aside aria-label={`${t('quotesInSection')}: ${section.heading}`}>
                    {sectionQuotes.map((quote) => (
                      <QuoteBlock key={quote.id} quote={quote} showPartnership={false} />
                    ))}
                  </aside>
                )}
              </section>
            );
          })}
        </div>
      </div>
    </article>
  );
}
