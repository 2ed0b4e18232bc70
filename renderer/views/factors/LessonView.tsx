// One cross-cutting lesson, readable in full, with its partnerships, factors and quotes.
import { Link } from '../../app/Link';
import type { Route } from '../../app/router';
import { useT } from '../../i18n';
import { QuoteList } from '../quotes/QuoteList';
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
          <LinkedTags
            label={t('factors.lessonPartnerships')}
            entries={partnerships}
            to={(id) => ({ name: 'partnership', id })}
          />
          <LinkedTags
            label={t('factors.lessonFactors')}
            entries={factors}
            to={(id) => ({ name: 'factor', id })}
          />
        </dl>
      )}

      {quotes.length > 0 && (
        <section aria-labelledby="lesson-quotes">
          <h2 id="lesson-quotes">{t('factors.lessonQuotes')}</h2>
          <QuoteList quotes={quotes} />
        </section>
      )}
    </article>
  );
}

/** One row of the lesson's facts: a term and its entries as tag links; nothing when empty. */
function LinkedTags(props: {
  label: string;
  entries: { id: string; title: string }[];
  to(id: string): Route;
}) {
  if (props.entries.length === 0) return null;
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>
        <ul className="tag-list">
          {props.entries.map((e) => (
            <li key={e.id}>
              <Link to={props.to(e.id)} className="tag" lang="da">
                {e.title}
              </Link>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
