// Choose one factor and see it across all of the user's partnerships.
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { navigate } from '../../app/useRoute';
import { useT } from '../../i18n';
import { GROUP_LABEL } from '../shared/labels';
import { PROFILE_GROUP_ORDER } from '../../../shared/partnerships/factorSets';
import { useFactorSets } from './useFactorSets';

export function FactorPicker() {
  const t = useT();
  const sets = useFactorSets();
  const [choice, setChoice] = useState('');
  const ready = useApi('partnerships.list', {});
  if (sets.length === 0 || ready.status !== 'ready') return null;
  return (
    <form
      className="factor-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) navigate({ name: 'myFactor', id: choice });
      }}
    >
      <h3 id="factor-picker-heading">{t('myPartnerships.acrossHeading')}</h3>
      <div className="field">
        <label htmlFor="factor-picker">{t('myPartnerships.acrossLabel')}</label>
        <select id="factor-picker" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('myPartnerships.acrossChoose')}</option>
          {PROFILE_GROUP_ORDER.map((group) => (
            <optgroup key={group} label={t(GROUP_LABEL[group])}>
              {sets
                .filter((s) => s.group === group)
                .map((s) => (
                  <option key={s.id} value={s.id} lang="da">
                    {s.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={!choice}>
        {t('myPartnerships.acrossShow')}
      </button>
    </form>
  );
}
