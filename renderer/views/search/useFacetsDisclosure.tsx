// At narrow widths the facets open from a button at the top of the search page (the panel
// follows it, above the results); at wide widths the button is hidden and the panel always shown.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { SearchFilters } from '../../app/router';
import { useT } from '../../i18n';
import { FILTER_KEYS } from './filterLabels';
import { valuesOf } from './filterValues';

export function useFacetsDisclosure(filters: SearchFilters): {
  open: boolean;
  panelId: string;
  button: ReactNode;
} {
  const t = useT('desktop');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const count = FILTER_KEYS.reduce((n, key) => n + valuesOf(filters[key]).length, 0);
  const button = (
    <button
      type="button"
      className="button facets-toggle"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={() => setOpen(!open)}
    >
      {count > 0 ? t('filtersButtonCount', { count }) : t('filtersButton')}
    </button>
  );
  return { open, panelId, button };
}
