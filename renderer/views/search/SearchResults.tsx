// The result list: each hit's kind, highlighted title and snippet, where it comes from, and the
// handout button. Arrow keys move between the results; Enter opens the focused one.
import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/search/types';
import type { HandoutItemKind } from '../../../shared/handout/types';
import { useContent } from '../../app/ContentProvider';
import type { ContentIndex } from '../../app/contentIndex';
import { Link } from '../../app/Link';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { useT } from '../../i18n';
import { GROUP_LABEL, KIND_LABEL } from '../shared/labels';
import { Highlighted } from './Highlighted';
import { hitRoute } from './hitRoute';
import { moveResultFocus } from './resultFocus';

const HANDOUT_KIND: Partial<Record<SearchHit['kind'], HandoutItemKind>> = {
  quote: 'quote',
  factor: 'factor',
  lesson: 'lesson',
  note: 'note',
};

function onResultKey(event: KeyboardEvent<HTMLAnchorElement>): void {
  if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
    if (moveResultFocus(event.currentTarget, event.key)) event.preventDefault();
  }
}

/** Same hit, same spans: typing on usually keeps many hits, which then need no re-render. */
function sameHit(a: SearchHit, b: SearchHit): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.title === b.title &&
    a.snippet === b.snippet &&
    a.match === b.match &&
    a.author === b.author &&
    a.shared === b.shared &&
    JSON.stringify(a.titleSpans) === JSON.stringify(b.titleSpans) &&
    JSON.stringify(a.snippetSpans) === JSON.stringify(b.snippetSpans)
  );
}

const SearchHitItem = memo(
  function SearchHitItem({ hit, index }: { hit: SearchHit; index: ContentIndex | null }) {
    const t = useT();
    const handoutKind = HANDOUT_KIND[hit.kind];
    const partnership = hit.partnership ? index?.get('partnership', hit.partnership) : null;
    return (
      <li className={`search-hit search-hit-${hit.kind}`}>
        <div className="search-hit-kind">
          <span className="search-hit-kind-label">{t(KIND_LABEL[hit.kind])}</span>
          {hit.group && <span className="muted"> · {t(GROUP_LABEL[hit.group])}</span>}
          {hit.match === 'fuzzy' && <span className="muted"> · {t('search.matchFuzzy')}</span>}
        </div>
        <h3 className="search-hit-title">
          <Link
            to={hitRoute(hit, index)}
            data-search-result=""
            onKeyDown={onResultKey}
            lang={hit.kind === 'note' ? undefined : 'da'}
          >
            <Highlighted text={hit.title} spans={hit.titleSpans} />
          </Link>
        </h3>
        {hit.snippet && (
          <p className="search-hit-snippet" lang={hit.kind === 'note' ? undefined : 'da'}>
            <Highlighted text={hit.snippet} spans={hit.snippetSpans} />
          </p>
        )}
        {hit.shared && hit.author && (
          <p className="search-hit-meta search-hit-author muted">
            {t('searchAuthor.hitAuthor', { name: hit.author })}
          </p>
        )}
        {(hit.speaker || partnership) && (
          <p className="search-hit-meta muted" lang="da">
            {[hit.speaker, partnership?.title].filter(Boolean).join(' · ')}
          </p>
        )}
        {handoutKind && <AddToHandoutButton kind={handoutKind} id={hit.id} title={hit.title} />}
      </li>
    );
  },
  (prev, next) => prev.index === next.index && sameHit(prev.hit, next.hit),
);

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  const content = useContent();
  const index = content.status === 'ready' ? content.value : null;
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <SearchHitItem key={`${hit.kind}:${hit.id}`} hit={hit} index={index} />
      ))}
    </ol>
  );
}
