// The order of the shown results: by relevance (the service's ranking) or grouped by kind, with
// the ranking kept within each kind.
import { useId } from 'react';
import { useT } from '../../i18n';
import type { ResultSort } from './sortHits';

export function ResultSortSelect(props: {
  value: ResultSort;
  onChange: (sort: ResultSort) => void;
}) {
  const t = useT('desktop');
  const id = useId();
  return (
    <div className="result-sort">
      <label htmlFor={id}>{t('resultsSort')}</label>{' '}
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as ResultSort)}
      >
        <option value="relevance">{t('resultsSortRelevance')}</option>
        <option value="kind">{t('resultsSortKind')}</option>
      </select>
    </div>
  );
}
