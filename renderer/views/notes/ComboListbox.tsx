// The listbox of a MultiCombobox: the matching options, the active one marked for
// aria-activedescendant, chosen ones checked. It is never a Tab stop: a scrollable list would
// otherwise take focus on Tab and then hide itself, leaving focus on the page body.
import { useT } from '../../i18n';
import type { ComboOption } from './noteHelpers';

export function ComboListbox(props: {
  id: string;
  label: string;
  open: boolean;
  matches: ComboOption[];
  activeIndex: number;
  selected: string[];
  query: string;
  onToggle(id: string): void;
  onHover(index: number): void;
}) {
  const t = useT();
  const { id, matches, selected } = props;
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={props.label}
      aria-multiselectable="true"
      className="combo-list"
      tabIndex={-1}
      hidden={!props.open}
    >
      {matches.map((o, i) => {
        const isSelected = selected.includes(o.id);
        return (
          <li
            key={o.id}
            id={`${id}-${i}`}
            role="option"
            aria-selected={isSelected}
            className={[
              'combo-option',
              i === props.activeIndex ? 'is-active' : '',
              isSelected ? 'is-selected' : '',
            ].join(' ')}
            // Keep focus in the field: a mousedown would otherwise blur and close the list.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onToggle(o.id)}
            onMouseMove={() => props.onHover(i)}
          >
            <span className="combo-check" aria-hidden="true">
              {isSelected ? '✓' : ''}
            </span>
            <span className="combo-option-text">
              <span className="combo-option-label" lang={o.lang}>
                {o.label}
              </span>
              {o.detail && (
                <span className="combo-option-detail" lang={o.detailLang}>
                  {o.detail}
                </span>
              )}
            </span>
          </li>
        );
      })}
      {matches.length === 0 && (
        <li className="combo-empty" role="option" aria-selected={false} aria-disabled="true">
          {t('notes.pickerNoOptions', { query: props.query })}
        </li>
      )}
    </ul>
  );
}
