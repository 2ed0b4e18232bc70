// The note editor's choice of the user's own partnerships (Mine partnerskaber): a searchable
// multi-select over their names and partners, each chosen one linked to its page. A chosen id that
// is no longer a partnership (deleted meanwhile) shows as unknown, and saving then names it.
import { useMemo } from 'react';
import { useApi } from '../../api/useApi';
import { useErrorText } from '../../api/errorText';
import { Link } from '../../app/Link';
import { useT } from '../../i18n';
import { MultiCombobox, type ComboOption } from './MultiCombobox';

export function PartnershipChooser(props: {
  selected: string[];
  error: string | undefined;
  onChange(next: string[]): void;
}) {
  const t = useT('partnershipLinks');
  const errorText = useErrorText();
  const list = useApi('partnerships.list', {});
  const options = useMemo<ComboOption[]>(
    () =>
      list.status === 'ready'
        ? list.value.map((p) => ({
            id: p.id,
            label: p.name,
            detail: p.partners.map((x) => x.name).join(', ') || undefined,
          }))
        : [],
    [list],
  );
  const loadError =
    list.status === 'error' ? t('chooserLoadFailed', { message: errorText(list.error) }) : '';

  return (
    <div className="partnership-chooser">
      <MultiCombobox
        label={t('chooserLabel')}
        hint={t('chooserHint')}
        error={[props.error, loadError].filter(Boolean).join(' ') || undefined}
        options={options}
        selected={props.selected}
        onChange={props.onChange}
        unknownLabel={() => ({ label: list.status === 'loading' ? '…' : t('chooserUnknown') })}
        chipLink={(id) => ({ name: 'myPartnership', id, tab: 'profile' })}
      />
      {list.status === 'ready' && list.value.length === 0 && (
        <p className="field-hint">
          {t('chooserNone')} <Link to={{ name: 'myPartnershipNew' }}>{t('chooserCreate')}</Link>
        </p>
      )}
    </div>
  );
}
