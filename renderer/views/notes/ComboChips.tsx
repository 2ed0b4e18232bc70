// The chosen options of a MultiCombobox as removable chips; a chip whose option has a page of its
// own (a partnership) links to it.
import { Link } from '../../app/Link';
import type { Route } from '../../app/router';
import { useT } from '../../i18n';
import type { ComboOption } from './noteHelpers';

export function ComboChips(props: {
  selected: string[];
  byId: Map<string, ComboOption>;
  unknownLabel: (id: string) => { label: string; title?: string };
  onRemove(id: string): void;
  /** The page of a known option's chip, if it has one. */
  linkOf?: (id: string) => Route;
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
            {known && props.linkOf ? (
              <Link to={props.linkOf(id)} className="combo-chip-link" lang={known.lang}>
                {text}
              </Link>
            ) : (
              <span lang={known?.lang}>{text}</span>
            )}
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
