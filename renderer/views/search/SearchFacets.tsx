// Facets as filter toggles: kind, author (team library), partnership, factor group and factor,
// each with its count.
// Several values of one facet can be on at once (any of them matches); facets combine with AND.
import type { Facets } from '../../../shared/search/types';
import type { SearchFilters } from '../../app/router';
import type { ContentIndex } from '../../app/contentIndex';
import { useT } from '../../i18n';
import { GROUP_LABEL, KIND_LABEL } from '../shared/labels';
import type { FactorGroup } from '../../../shared/content/types';
import type { HitKind } from '../../../shared/search/types';
import { toggleValue, valuesOf } from './filterValues';

interface Option {
  value: string;
  label: string;
  count: number | undefined;
  /** `da` when the label is bundled content (a partnership or factor title). */
  lang?: 'da';
}

const MAX_FACTORS = 10;

function FacetGroup({
  id,
  label,
  options,
  selected,
  onSelect,
}: {
  id: string;
  label: string;
  options: Option[];
  selected: string | undefined;
  onSelect: (value: string) => void;
}) {
  if (options.length === 0) return null;
  return (
    <div className="facet-group" role="group" aria-labelledby={id}>
      <h3 id={id} className="facet-heading">
        {label}
      </h3>
      <ul className="facet-options">
        {options.map((option) => {
          const pressed = valuesOf(selected).includes(option.value);
          return (
            <li key={option.value}>
              <button
                type="button"
                className="facet-toggle"
                aria-pressed={pressed}
                onClick={() => onSelect(option.value)}
              >
                <span className="facet-label" lang={option.lang}>
                  {option.label}
                </span>
                {option.count !== undefined && <span className="facet-count">{option.count}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function options<K extends string>(
  counts: Partial<Record<K, number>>,
  selected: string | undefined,
  label: (key: K) => string,
  lang?: 'da',
): Option[] {
  const keys = Object.keys(counts) as K[];
  for (const value of valuesOf(selected)) if (!keys.includes(value as K)) keys.push(value as K);
  return keys.map((key) => ({ value: key, label: label(key), count: counts[key], lang }));
}

export function SearchFacets({
  facets,
  filters,
  index,
  onChange,
}: {
  facets: Facets;
  filters: SearchFilters;
  index: ContentIndex | null;
  onChange: (filters: SearchFilters) => void;
}) {
  const t = useT();
  const set = (key: keyof SearchFilters) => (value: string) =>
    onChange({ ...filters, [key]: toggleValue(filters[key], value) });
  const byCount = (a: Option, b: Option) => (b.count ?? 0) - (a.count ?? 0);
  const factorOptions = options(
    facets.factor,
    filters.factor,
    (id) => index?.get('factor', id)?.title ?? id,
    'da',
  )
    .sort(byCount)
    .filter((o, i) => i < MAX_FACTORS || valuesOf(filters.factor).includes(o.value));
  // Offered only where notes have authors: on a device that has joined a team library.
  const authorOptions = options(facets.author, filters.author, (name) => name).sort(
    (a, b) => byCount(a, b) || a.label.localeCompare(b.label, 'da'),
  );
  return (
    <>
      <FacetGroup
        id="facet-kind"
        label={t('search.facetKind')}
        options={options<HitKind>(facets.kind, filters.kind, (k) => t(KIND_LABEL[k]))}
        selected={filters.kind}
        onSelect={set('kind')}
      />
      <FacetGroup
        id="facet-author"
        label={t('searchAuthor.facetAuthor')}
        options={authorOptions}
        selected={filters.author}
        onSelect={set('author')}
      />
      <FacetGroup
        id="facet-partnership"
        label={t('search.facetPartnership')}
        options={options(
          facets.partnership,
          filters.partnership,
          (id) => index?.get('partnership', id)?.title ?? id,
          'da',
        )}
        selected={filters.partnership}
        onSelect={set('partnership')}
      />
      <FacetGroup
        id="facet-group"
        label={t('search.facetGroup')}
        options={options<FactorGroup>(facets.factorGroup, filters.group, (g) =>
          t(GROUP_LABEL[g] ?? 'common.kindFactor'),
        )}
        selected={filters.group}
        onSelect={set('group')}
      />
      <FacetGroup
        id="facet-factor"
        label={t('search.facetFactor')}
        options={factorOptions}
        selected={filters.factor}
        onSelect={set('factor')}
      />
    </>
  );
}
