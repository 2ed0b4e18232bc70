// Søg: results as you type from the header's search field, hits highlighted, facets as filter
// toggles, keyboard navigation through the results.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import { ENTRY_KINDS, FACTOR_GROUPS, type FactorGroup } from '../../../shared/content/types';
import type { HitKind, SearchedFor } from '../../../shared/search/types';
import { useContent } from '../../app/ContentProvider';
import type { SearchFilters } from '../../app/router';
import { replaceRoute } from '../../app/useRoute';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState } from '../layout/StatusMessage';
import { FilterChips } from './FilterChips';
import { ResultSortSelect } from './ResultSort';
import { sortHits, type ResultSort } from './sortHits';
import { valuesOf } from './filterValues';
import { SearchFacets } from './SearchFacets';
import { SearchedForLine } from './SearchedForLine';
import { useFacetsDisclosure } from './useFacetsDisclosure';
import { SearchResults } from './SearchResults';
import { PartnershipSearchHits } from '../myPartnerships/PartnershipSearchHits';
import { markResultsCommitted } from './searchPerf';
import { useSearch } from './useSearch';
import './search.css';

const HIT_KINDS: readonly string[] = [...ENTRY_KINDS, 'note'];
/** Hits per page: enough to scan, few enough to render within a frame while typing. */
export const RESULT_PAGE = 20;

export function searchRequest(
  q: string,
  filters: SearchFilters,
  limit = RESULT_PAGE,
  exact = false,
): ApiInput<'search.query'> {
  const request: ApiInput<'search.query'> = { q, limit };
  if (exact) request.exact = true;
  // Several values per filter: any of them within the filter, every filter across.
  const kinds = valuesOf(filters.kind).filter((k): k is HitKind => HIT_KINDS.includes(k));
  const groups = valuesOf(filters.group).filter((g): g is FactorGroup =>
    (FACTOR_GROUPS as readonly string[]).includes(g),
  );
  const partnerships = valuesOf(filters.partnership);
  const factors = valuesOf(filters.factor);
  const authors = valuesOf(filters.author);
  if (kinds.length) request.kinds = kinds;
  if (partnerships.length) request.partnership = partnerships;
  if (groups.length) request.factorGroup = groups;
  if (factors.length) request.factor = factors;
  if (authors.length) request.author = authors;
  return request;
}

export function SearchView({ q, filters }: { q: string; filters: SearchFilters }) {
  const t = useT();
  const content = useContent();
  const trimmed = q.trim();
  // "Show more" raises the limit for this query and these filters only.
  const [more, setMore] = useState<{ key: string; limit: number } | null>(null);
  const baseKey = JSON.stringify([q, filters]);
  const limit = more?.key === baseKey ? more.limit : RESULT_PAGE;
  // "Search exactly what was typed" holds for this query only; typing on interprets again.
  const [exact, setExact] = useState<{ q: string; insteadOf: SearchedFor } | null>(null);
  const exactInsteadOf = exact?.q === q ? exact.insteadOf : null;
  const request = useMemo(
    () => (trimmed ? searchRequest(q, filters, limit, exactInsteadOf !== null) : null),
    [q, trimmed, filters, limit, exactInsteadOf],
  );
  const search = useSearch(request);

  useLayoutEffect(() => {
    if (search.key) markResultsCommitted((JSON.parse(search.key) as { q: string }).q);
  }, [search.key]);

  useEffect(() => {
    // Arriving on an empty search page, the field is where the user wants to be.
    if (!trimmed) document.getElementById('global-search')?.focus();
    // Only on arrival; not each time the field is emptied.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const setFilters = (next: SearchFilters) => replaceRoute({ name: 'search', q, filters: next });
  const hasFilters = Object.values(filters).some(Boolean);
  const response = trimmed ? search.response : null;
  const index = content.status === 'ready' ? content.value : null;
  const disclosure = useFacetsDisclosure(filters);
  const [sort, setSort] = useState<ResultSort>('relevance');
  const showFacets = Boolean(response && (response.total > 0 || hasFilters));

  return (
    <div className="search-page">
      <PageHeader title={t('search.title')} lead={t('search.intro')} />
      <p className="muted search-hint">{t('search.keyboardHint')}</p>
      {search.error && trimmed && <ErrorState error={search.error} />}
      <div className="search-layout">
        {showFacets && disclosure.button}
        {response && showFacets && (
          <aside
            id={disclosure.panelId}
            aria-labelledby="search-facets-heading"
            className={disclosure.open ? 'search-facets is-open' : 'search-facets'}
          >
            <h2 id="search-facets-heading">{t('search.facetsHeading')}</h2>
            <SearchFacets
              facets={response.facets}
              filters={filters}
              index={index}
              onChange={setFilters}
            />
          </aside>
        )}
        <section aria-labelledby="search-results-heading" className="search-main">
          <h2 id="search-results-heading" className="visually-hidden">
            {t('search.resultsHeading')}
          </h2>
          <FilterChips filters={filters} index={index} onChange={setFilters} />
          <p role="status" className="search-count" aria-busy={search.pending}>
            {!trimmed
              ? t('search.emptyQuery')
              : response
                ? response.total === 0
                  ? t('search.noResults', { q: trimmed })
                  : response.total === 1
                    ? t('search.resultCountOne', { q: trimmed })
                    : t('search.resultCount', { count: response.total, q: trimmed })
                : ''}
          </p>
          {response && (
            <SearchedForLine
              q={trimmed}
              searchedFor={response.searchedFor}
              exactInsteadOf={exactInsteadOf}
              onExactChange={(insteadOf) => setExact(insteadOf ? { q, insteadOf } : null)}
            />
          )}
          {response && response.hits.length > 1 && (
            <ResultSortSelect value={sort} onChange={setSort} />
          )}
          {response && response.hits.length > 0 && (
            <SearchResults hits={sortHits(response.hits, sort)} />
          )}
          {trimmed && <PartnershipSearchHits q={trimmed} />}
          {response && response.total > response.hits.length && (
            <button
              type="button"
              className="button search-more"
              onClick={() => setMore({ key: baseKey, limit: Math.min(500, limit * 5) })}
            >
              {t('search.showMore', { count: response.total - response.hits.length })}
            </button>
          )}
        </section>
      </div>
    </div>
  );
}
