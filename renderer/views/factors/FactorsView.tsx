// Succesfaktorer: the taxonomy by group, each factor with how many quotes illustrate it; and the
// cross-cutting lessons, so they can be read too.
import type { MouseEvent } from 'react';
import { Link } from '../../app/Link';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ContentGate } from '../layout/ContentGate';
import { FACTOR_GROUPS } from '../../../shared/content/types';
import { GROUP_LABEL } from '../shared/labels';
import './factors.css';

export function FactorsView() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('factors.title')} lead={t('factors.intro')} />
      <ContentGate>
        {(index) => (
          <>
            <nav aria-label={t('factors.title')} className="factor-group-toc">
              <ul className="tag-list">
                {FACTOR_GROUPS.map((group) => (
                  <li key={group}>
                    <a href={`#/faktorer`} data-group={group} onClick={jumpToGroup(group)}>
                      {t(GROUP_LABEL[group])}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {FACTOR_GROUPS.map((group) => {
              const inGroup = index.factors.filter((f) => f.group === group);
              return (
                <section key={group} aria-labelledby={`group-${group}`} className="factor-group">
                  <h2 id={`group-${group}`} tabIndex={-1}>
                    {t(GROUP_LABEL[group])}
                  </h2>
                  <ol className="factor-list">
                    {inGroup.map((factor) => (
                      <li key={factor.id}>
                        <div className="factor-row">
                          <span>
                            <Link to={{ name: 'factor', id: factor.id }} lang="da">
                              {factor.title}
                            </Link>
                            {factor.quotes.length > 0 && (
                              <span className="factor-count muted">
                                {factor.quotes.length === 1
                                  ? t('factors.quoteCountOne')
                                  : t('factors.quoteCount', { count: factor.quotes.length })}
                              </span>
                            )}
                          </span>
                          <AddToHandoutButton
                            kind="factor"
                            id={factor.id}
                            title={factor.title}
                            className="add-compact"
                          />
                        </div>
                      </li>
                    ))}
                  </ol>
                </section>
              );
            })}
            <section aria-labelledby="lessons-heading" className="factor-group">
              <h2 id="lessons-heading">{t('factors.lessonsOverview')}</h2>
              <p className="muted">{t('factors.lessonsOverviewIntro')}</p>
              <ol className="factor-list">
                {index.lessons.map((lesson) => (
                  <li key={lesson.id}>
                    <div className="factor-row">
                      <Link to={{ name: 'lesson', id: lesson.id }} lang="da">
                        {lesson.title}
                      </Link>
                      <AddToHandoutButton
                        kind="lesson"
                        id={lesson.id}
                        title={lesson.title}
                        className="add-compact"
                      />
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          </>
        )}
      </ContentGate>
    </>
  );
}

// In-page jumps cannot use "#id" hrefs (the hash is the route), so focus the group heading.
function jumpToGroup(group: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const heading = document.getElementById(`group-${group}`);
    heading?.scrollIntoView();
    heading?.focus({ preventScroll: true });
  };
}
