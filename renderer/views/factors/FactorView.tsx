// One success factor: its explanation, related factors, the quotes and lessons that illustrate
// it, and the user's own notes tagged with it.
import { Link } from '../../app/Link';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { useT } from '../../i18n';
import { asRunningText } from '../../../shared/content/runningText';
import { QuoteList } from '../quotes/QuoteList';
import { ContentHtml } from '../shared/ContentHtml';
import { GROUP_LABEL } from '../shared/labels';
import { FactorNotes } from './FactorNotes';
import type { FactorEntry } from '../../../shared/content/types';
import type { ContentIndex } from '../../app/contentIndex';
import { ContentGate } from '../layout/ContentGate';
import { EntryHeader } from '../shared/EntryHeader';
import './factors.css';

export function FactorView({ id }: { id: string }) {
  return (
    <ContentGate find={(index) => index.get('factor', id)} notFoundPath={`/faktorer/${id}`}>
      {(factor, index) => <Factor factor={factor} index={index} />}
    </ContentGate>
  );
}

function Factor({ factor, index }: { factor: FactorEntry; index: ContentIndex }) {
  const t = useT();
  const related = index.getAll('factor', factor.related);
  const quotes = index.getAll('quote', factor.quotes);
  const lessons = index.getAll('lesson', factor.lessons);

  return (
    <article className="factor">
      <EntryHeader
        kind="factor"
        entry={factor}
        kicker={<Link to={{ name: 'factors' }}>{t(GROUP_LABEL[factor.group])}</Link>}
      />

      <section aria-labelledby="factor-explanation">
        <h2 id="factor-explanation" className="visually-hidden">
          {t('factors.explanation')}
        </h2>
        <ContentHtml html={factor.html} className="prose lead-prose" />
      </section>

      {related.length > 0 && (
        <section aria-labelledby="factor-related">
          <h2 id="factor-related">{t('factors.related')}</h2>
          <ul className="related-list">
            {related.map((r) => (
              <li key={r.id}>
                <Link to={{ name: 'factor', id: r.id }} lang="da">
                  {r.title}
                </Link>{' '}
                <span className="muted">({t(GROUP_LABEL[r.group])})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="factor-quotes">
        <h2 id="factor-quotes">{t('factors.quotesHeading')}</h2>
        {quotes.length === 0 ? (
          <p className="muted">{t('factors.noQuotes')}</p>
        ) : (
          <>
            <QuoteList quotes={quotes} />
            <p>
              <Link to={{ name: 'quotes', filters: { factor: factor.id } }}>
                {t('factors.showQuotes')}
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="factor-lessons">
        <h2 id="factor-lessons">{t('factors.lessonsHeading')}</h2>
        {lessons.length === 0 ? (
          <p className="muted">{t('factors.noLessons')}</p>
        ) : (
          <ul className="lesson-list">
            {lessons.map((lesson) => (
              <li key={lesson.id} className="card lesson-card">
                <h3>
                  <Link to={{ name: 'lesson', id: lesson.id }} lang="da">
                    {lesson.title}
                  </Link>
                </h3>
                <p lang="da" className="lesson-excerpt">
                  {excerpt(lesson.text)}
                </p>
                <AddToHandoutButton kind="lesson" id={lesson.id} title={lesson.title} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <FactorNotes factorId={factor.id} />
    </article>
  );
}

function excerpt(text: string, max = 260): string {
  const flat = asRunningText(text);
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > 0 ? cut : max)} …`;
}
