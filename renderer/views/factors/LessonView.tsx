// One cross-cutting lesson, readable in full, with its partnerships, factors and quotes.
import { Link } from '../../app/Link';
import { useT } from '../../i18n';
import { QuoteBlock } from '../quotes/QuoteBlock';
import { ContentHtml } from '../shared/ContentHtml';
import type { LessonEntry } from '../../../shared/content/types';
import type { ContentIndex } from '../../app/contentIndex';
import { ContentGate } from '../layout/ContentGate';
import { EntryHeader } from '../shared/EntryHeader';
import './factors.css';

export function LessonView({ id }: { id: string }) {
  return (
    <ContentGate find={(index) => index.get('lesson', id)} notFoundPath={`/laering/${id}`}>
      {(lesson, index) => <Lesson lesson={lesson} index={index} />}
    </ContentGate>
  );
}

function Lesson({ lesson, index }: { lesson: LessonEntry; index: ContentIndex }) {
  const t = useT();
  const factors = index.getAll('factor', lesson.factors);
  const quotes = index.getAll('quote', lesson.quotes);
  const partnerships = index.getAll('partnership', lesson.partnerships);

  return (
    <article className="lesson">
      <EntryHeader
        kind="lesson"
        entry={lesson}
        kicker={<Link to={{ name: 'factors' }}>{t('factors.lessonsOverview')}</Link>}
      />
      <ContentHtml html={lesson.html} className="prose" />

      {(partnerships.length > 0 || factors.length > 0) && (
        <dl className="lesson-meta">
          {partnerships.length > 0 && (
            <div>
              <dt>{t('factors.lessonPartnerships')}</dt>
              <dd>
                <ul className="tag-list">
                  {partnerships.map((p) => (
                    <li key={p.id}>
                      <Link to={{ name: 'partnership', id: p.id }} className="tag" lang="da">
                        {p.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {factors.length > 0 && (
            <div>
              <dt>{t('factors.lessonFactors')}</dt>
              <dd>
                <ul className="tag-list">
                  {factors.map((f) => (
                    <li key={f.id}>
                      <Link to={{ name: 'factor', id: f.id }} className="tag" lang="da">
                        {f.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}

      {quotes.length > 0 && (
        <section aria-labelledby="lesson-quotes">
          <h2 id="lesson-quotes">{t('factors.lessonQuotes')}</h2>
          <ul className="quote-list">
            {quotes.map((quote) => (
              <li key={quote.id}>
                <QuoteBlock quote={quote} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
