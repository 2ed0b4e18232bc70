// The partners of a partnership: one row per organisation with its sector, added and removed
// with buttons; focus goes to the new row's name, or to the add button after a removal.
import { useRef } from 'react';
import { SECTORS, type Partner } from '../../../shared/partnerships/types';
import { useT } from '../../i18n';
import { SECTOR_LABEL } from './labels';

export function PartnerRows({
  partners,
  onChange,
}: {
  partners: Partner[];
  onChange: (partners: Partner[]) => void;
}) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const set = (i: number, patch: Partial<Partner>) =>
    onChange(partners.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  const add = () => {
    onChange([...partners, { name: '', sector: 'kommune' }]);
    requestAnimationFrame(() => {
      const inputs = list.current?.querySelectorAll<HTMLInputElement>('input[type="text"]');
      inputs?.[inputs.length - 1]?.focus();
    });
  };
  const remove = (i: number) => {
    onChange(partners.filter((_, j) => j !== i));
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <fieldset className="partner-rows">
      <legend>{t('myPartnerships.partners')}</legend>
      <p className="field-hint">{t('myPartnerships.partnersHint')}</p>
      <ol ref={list}>
        {partners.map((partner, i) => (
          <li key={i} className="partner-row">
            <div className="field">
              <label htmlFor={`partner-name-${i}`}>
                {t('myPartnerships.partnerName', { n: i + 1 })}
              </label>
              <input
                id={`partner-name-${i}`}
                type="text"
                value={partner.name}
                maxLength={500}
                onChange={(e) => set(i, { name: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`partner-sector-${i}`}>
                {t('myPartnerships.partnerSector', { n: i + 1 })}
              </label>
              <select
                id={`partner-sector-${i}`}
                value={partner.sector}
                onChange={(e) => set(i, { sector: e.target.value as Partner['sector'] })}
              >
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t(SECTOR_LABEL[s])}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button button-quiet" onClick={() => remove(i)}>
              {t('myPartnerships.removePartner', { name: partner.name || String(i + 1) })}
            </button>
          </li>
        ))}
      </ol>
      <button ref={addButton} type="button" className="button" onClick={add}>
        {t('myPartnerships.addPartner')}
      </button>
    </fieldset>
  );
}
