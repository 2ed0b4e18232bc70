// The chosen options of a MultiCombobox as removable chips.
import { useT } from '../../i18n';
import type { ComboOption } from './noteHelpers';

export function ComboChips(props: {
  selected: string[];
  byId: Map<string, ComboOption>;
  unknownLabel: (id: string) => { label: string; title?: string };
  onRemove(id: string): void;
}) {
  const t = useT();
  const { selected, byId, unknownLabel } = props;
  if (selected.length === 0) return null;
  return (
    <ul className="combo-chips" aria-label={t('notes.pickerSelected', { count: selected.length })}>
      {selected.map((id) => {
        const known = byId.get(id);
        const unknown = known ? undefined : unknownLabel(id);
        const text = known?.label ?? unknown?.label ?? id;
        return (
          <li
            key={id}
            className={known ? 'combo-chip' : 'combo-chip is-unknown'}
            title={unknown?.title}
          >
            <span lang={known?.lang}>{text}</span>
            <button
              type="button"
              className="combo-chip-remove"
              aria-label={t('notes.pickerRemove', { label: text })}
              onClick={() => props.onRemove(id)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
