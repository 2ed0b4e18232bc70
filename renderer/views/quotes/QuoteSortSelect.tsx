// The order of the quote list: as in the source, by partnership, or by theme.
import { useId } from 'react';
import { useT } from '../../i18n';
import { QUOTE_SORTS, type QuoteSort } from './quoteFacets';

const LABEL = {
  source: 'quotesSortSource',
  partnership: 'quotesSortPartnership',
  theme: 'quotesSortTheme',
} as const;

export function QuoteSortSelect(props: { value: QuoteSort; onChange: (sort: QuoteSort) => void }) {
  const t = useT('desktop');
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{t('quotesSort')}</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as QuoteSort)}
      >
        {QUOTE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(LABEL[sort])}
          </option>
        ))}
      </select>
    </div>
  );
}
