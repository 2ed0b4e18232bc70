// Citater: every quote with speaker and partnership, filterable by partnership, theme, factor and
// speaker role (the filters narrow each other and count what each option leaves), sortable by
// partnership or theme. The filters live in the URL, so a filtered list can be linked to.
import { useId, useState } from 'react';
import { useContent } from '../../app/ContentProvider';
import type { QuoteFilters } from '../../app/router';
import { replaceRoute } from '../../app/useRoute';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { FACTOR_GROUPS, type FactorGroup } from '../../../shared/content/types';
import { GROUP_LABEL } from '../shared/labels';
import { QuoteList } from './QuoteList';
import { facetCounts, normaliseRole, sortQuotes, type QuoteSort } from './quoteFacets';
import { filterQuotes, quoteFilterOptions } from './quoteFilters';
import { QuoteSortSelect } from './QuoteSortSelect';

interface FacetOption {
  value: string;
  label: string;
  count: number;
  group?: string;
}

/** A filter whose options show how many quotes each would leave; empty ones are left out. */
function FilterSelect(props: {
  label: string;
  value: string | undefined;
  options: FacetOption[];
  groupLabel?: (group: string) => string;
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  const t = useT('quotes');
  const shown = props.options.filter((o) => o.count > 0 || o.value === props.value);
  const option = (o: FacetOption) => (
    <option key={o.value} value={o.value} lang="da">
      {`${o.label} (${o.count})`}
    </option>
  );
  const groups = [...new Set(shown.map((o) => o.group ?? ''))];
  return (
    <div className="filter">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value || undefined)}
      >
        <option value="">{t('all')}</option>
        {props.groupLabel
          ? groups.map((group) => (
              <optgroup key={group} label={props.groupLabel?.(group)}>
                {shown.filter((o) => o.group === group).map(option)}
              </optgroup>
            ))
          : shown.map(option)}
      </select>
    </div>
  );
}

export function QuotesView({ filters }: { filters: QuoteFilters }) {
  const t = useT();
  const content = useContent();
  const [sort, setSort] = useState<QuoteSort>('source');
  const header = <PageHeader title={t('quotes.title')} lead={t('quotes.intro')} />;
  if (content.status !== 'ready')
    return (
      <>
        {header}
        {content.status === 'loading' ? (
          <Loading />
        ) : (
          <ErrorState error={content.error} onRetry={content.reload} />
        )}
      </>
    );

  const index = content.value;
  const all = index.quotes;
  const shown = sortQuotes(
    filterQuotes(all, filters),
    sort,
    (id) => index.get('partnership', id)?.title ?? id,
  );
  const options = quoteFilterOptions(all);
  const counts = facetCounts(all, filters);
  const set = (key: keyof QuoteFilters) => (value: string | undefined) =>
    replaceRoute({ name: 'quotes', filters: { ...filters, [key]: value } });
  const active = Object.values(filters).some(Boolean);
  const factors = index
    .getAll('factor', options.factorIds)
    .sort((a, b) => FACTOR_GROUPS.indexOf(a.group) - FACTOR_GROUPS.indexOf(b.group));
  const facet = (key: keyof QuoteFilters, value: string, label: string, group?: string) => ({
    value,
    label,
    group,
    count: counts[key].get(value) ?? 0,
  });

  return (
    <>
      {header}
      <section className="filters" aria-labelledby="quote-filters">
        <h2 id="quote-filters" className="filters-heading">
          {t('quotes.filtersHeading')}
        </h2>
        <div className="filters-row">
          <FilterSelect
            label={t('quotes.filterPartnership')}
            value={filters.partnership}
            onChange={set('partnership')}
            options={index.partnerships.map((p) => facet('partnership', p.id, p.title))}
          />
          <FilterSelect
            label={t('quotes.filterTheme')}
            value={filters.theme}
            onChange={set('theme')}
            options={options.themes.map((theme) => facet('theme', theme, theme))}
          />
          <FilterSelect
            label={t('quotes.filterFactor')}
            value={filters.factor}
            onChange={set('factor')}
            options={factors.map((f) => facet('factor', f.id, f.title, f.group))}
            groupLabel={(group) => t(GROUP_LABEL[group as FactorGroup])}
          />
          <FilterSelect
            label={t('quotes.filterRole')}
            value={filters.role && normaliseRole(filters.role)}
            onChange={set('role')}
            options={options.roles.map((role) => facet('role', role, role))}
          />
          <QuoteSortSelect value={sort} onChange={setSort} />
        </div>
        <div className="filters-summary">
          <p role="status" className="muted">
            {t('quotes.count', { shown: shown.length, total: all.length })}
          </p>
          {active && (
            <button
              type="button"
              className="button"
              onClick={() => replaceRoute({ name: 'quotes', filters: {} })}
            >
              {t('quotes.clearFilters')}
            </button>
          )}
        </div>
      </section>
      {shown.length === 0 ? (
        <p>{t('quotes.none')}</p>
      ) : (
        <QuoteList quotes={shown} showTags showContext />
      )}
    </>
  );
}
