// The chosen filters as removable chips above the results, with *Ryd filtre*: the filters a new
// query keeps are always in sight, so a note hidden by one of them is not a mystery.
import type { ContentIndex } from '../../app/contentIndex';
import type { SearchFilters } from '../../app/router';
import { useT } from '../../i18n';
import { FILTER_KEYS, FILTER_NAME, filterValueLabel } from './filterLabels';
import { toggleValue, valuesOf } from './filterValues';

export function FilterChips(props: {
  filters: SearchFilters;
  index: ContentIndex | null;
  onChange: (filters: SearchFilters) => void;
}) {
  const t = useT();
  const td = useT('desktop');
  const { filters, index, onChange } = props;
  const chosen = FILTER_KEYS.flatMap((key) =>
    valuesOf(filters[key]).map((value) => ({ key, value })),
  );
  if (chosen.length === 0) return null;
  return (
    <div className="filter-chips" role="group" aria-label={td('filterChipsLabel')}>
      <ul className="filter-chip-list">
        {chosen.map(({ key, value }) => {
          const group = t(FILTER_NAME[key]);
          const label = filterValueLabel(key, value, t, index);
          return (
            <li key={`${key}:${value}`}>
              <button
                type="button"
                className="filter-chip"
                aria-label={td('filterChipRemove', { group, value: label })}
                onClick={() => onChange({ ...filters, [key]: toggleValue(filters[key], value) })}
              >
                <span className="filter-chip-group">{group}:</span> {label}
                <span aria-hidden="true" className="filter-chip-x">
                  ×
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button-quiet" onClick={() => onChange({})}>
        {td('filtersClear')}
      </button>
    </div>
  );
}
