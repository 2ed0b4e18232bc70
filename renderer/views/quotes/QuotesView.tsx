// Citater: every quote with speaker and partnership, filterable by partnership, theme, factor and
// speaker role. The filters live in the URL, so a filtered list can be linked to and returned to.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useContent } from '../../app/ContentProvider';
import type { QuoteFilters } from '../../app/router';
import { replaceRoute } from '../../app/useRoute';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { FACTOR_GROUPS } from '../../../shared/content/types';
import { GROUP_LABEL } from '../shared/labels';
import { QuoteBlock } from './QuoteBlock';
import { filterQuotes, quoteFilterOptions } from './quoteFilters';

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  children: ReactNode;
}) {
  const id = useId();
  const t = useT('quotes');
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('all')}</option>
        {children}
      </select>
    </div>
  );
}

export function QuotesView({ filters }: { filters: QuoteFilters }) {
  const t = useT();
  const content = useContent();
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
  const shown = filterQuotes(all, filters);
  const options = quoteFilterOptions(all);
  const set = (key: keyof QuoteFilters) => (value: string | undefined) =>
    replaceRoute({ name: 'quotes', filters: { ...filters, [key]: value } });
  const active = Object.values(filters).some(Boolean);
  const factors = index.getAll('factor', options.factorIds);

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
          >
            {index.partnerships.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label={t('quotes.filterTheme')}
            value={filters.theme}
            onChange={set('theme')}
          >
            {options.themes.map((theme) => (
              <option key={theme} value={theme}>
                {theme}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label={t('quotes.filterFactor')}
            value={filters.factor}
            onChange={set('factor')}
          >
            {FACTOR_GROUPS.map((group) => {
              const inGroup = factors.filter((f) => f.group === group);
              return (
                inGroup.length > 0 && (
                  <optgroup key={group} label={t(GROUP_LABEL[group])}>
                    {inGroup.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.title}
                      </option>
                    ))}
                  </optgroup>
                )
              );
            })}
          </FilterSelect>
          <FilterSelect label={t('quotes.filterRole')} value={filters.role} onChange={set('role')}>
            {options.roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </FilterSelect>
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
        <ul className="quote-list">
          {shown.map((quote) => (
            <li key={quote.id}>
              <QuoteBlock quote={quote} showTags />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
