// The result list: each hit's kind, highlighted title and snippet, where it comes from, and the
// handout button. Arrow keys move between the results; Enter opens the focused one.
import type { KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/search/types';
import type { HandoutItemKind } from '../../../shared/handout/types';
import { useContent } from '../../app/ContentProvider';
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

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  const t = useT();
  const content = useContent();
  const index = content.status === 'ready' ? content.value : null;
  return (
    <ol className="search-results">
      {hits.map((hit) => {
        const handoutKind = HANDOUT_KIND[hit.kind];
        const partnership = hit.partnership ? index?.get('partnership', hit.partnership) : null;
        return (
          <li key={`${hit.kind}:${hit.id}`} className={`search-hit search-hit-${hit.kind}`}>
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
            {(hit.speaker || partnership) && (
              <p className="search-hit-meta muted" lang="da">
                {[hit.speaker, partnership?.title].filter(Boolean).join(' · ')}
              </p>
            )}
            {handoutKind && <AddToHandoutButton kind={handoutKind} id={hit.id} title={hit.title} />}
          </li>
        );
      })}
    </ol>
  );
}
