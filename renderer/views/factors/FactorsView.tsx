// Succesfaktorer: the taxonomy by group, each factor with how many quotes illustrate it; and the
// cross-cutting lessons, so they can be read too.
import type { MouseEvent, ReactNode } from 'react';
import { Link } from '../../app/Link';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ContentGate } from '../layout/ContentGate';
import {
  FACTOR_GROUPS,
  type FactorEntry,
  type FactorGroup as FactorGroupName,
  type LessonEntry,
} from '../../../shared/content/types';
import type { Route } from '../../app/router';
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
            <GroupNav />
            {FACTOR_GROUPS.map((group) => (
              <FactorGroup
                key={group}
                group={group}
                factors={index.factors.filter((f) => f.group === group)}
              />
            ))}
            <LessonList lessons={index.lessons} />
          </>
        )}
      </ContentGate>
    </>
  );
}

function GroupNav() {
  const t = useT();
  return (
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
  );
}

function FactorGroup({ group, factors }: { group: FactorGroupName; factors: FactorEntry[] }) {
  const t = useT();
  return (
    <section aria-labelledby={`group-${group}`} className="factor-group">
      <h2 id={`group-${group}`} tabIndex={-1}>
        {t(GROUP_LABEL[group])}
      </h2>
      <ol className="factor-list">
        {factors.map((factor) => (
          <EntryRow
            key={factor.id}
            kind="factor"
            entry={factor}
            to={{ name: 'factor', id: factor.id }}
          >
            {factor.quotes.length > 0 && (
              <span className="factor-count muted">
                {factor.quotes.length === 1
                  ? t('factors.quoteCountOne')
                  : t('factors.quoteCount', { count: factor.quotes.length })}
              </span>
            )}
          </EntryRow>
        ))}
      </ol>
    </section>
  );
}

function LessonList({ lessons }: { lessons: LessonEntry[] }) {
  const t = useT();
  return (
    <section aria-labelledby="lessons-heading" className="factor-group">
      <h2 id="lessons-heading">{t('factors.lessonsOverview')}</h2>
      <p className="muted">{t('factors.lessonsOverviewIntro')}</p>
      <ol className="factor-list">
        {lessons.map((lesson) => (
          <EntryRow
            key={lesson.id}
            kind="lesson"
            entry={lesson}
            to={{ name: 'lesson', id: lesson.id }}
          />
        ))}
      </ol>
    </section>
  );
}

/** One factor or lesson in a list: its title as a link, what `children` adds, and "add to handout". */
function EntryRow(props: {
  kind: 'factor' | 'lesson';
  entry: { id: string; title: string };
  to: Route;
  children?: ReactNode;
}) {
  const { kind, entry, to, children } = props;
  return (
    <li>
      <div className="factor-row">
        <span>
          <Link to={to} lang="da">
            {entry.title}
          </Link>
          {children}
        </span>
        <AddToHandoutButton kind={kind} id={entry.id} title={entry.title} className="add-compact" />
      </div>
    </li>
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
