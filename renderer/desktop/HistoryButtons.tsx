// Back and Forward in the header. A button that cannot go is aria-disabled rather than disabled,
// so it keeps the focus of someone who just pressed it to the start of the history.
import { useEffect, useState } from 'react';
import { comboLabel, shortcutCombos } from '../../shared/shortcuts';
import { useT } from '../i18n';
import { canGo, go, onHistoryChange } from './pageHistory';
import { shortcutPlatform } from './platform';

type Direction = 'back' | 'forward';

function useCanGo(): Record<Direction, boolean> {
  const read = () => ({ back: canGo('back'), forward: canGo('forward') });
  const [state, setState] = useState(read);
  useEffect(() => onHistoryChange(() => setState(read())), []);
  return state;
}

export function HistoryButtons() {
  const t = useT('desktop');
  const can = useCanGo();
  const button = (direction: Direction, arrow: string) => {
    const [combo] = shortcutCombos(direction, shortcutPlatform);
    const keys = combo ? comboLabel(combo, shortcutPlatform) : '';
    const label = t(direction);
    return (
      <button
        type="button"
        className="history-button"
        aria-disabled={!can[direction]}
        aria-keyshortcuts={combo ? ariaKeys(combo.key, combo.mod, combo.alt) : undefined}
        title={`${label} (${keys})`}
        onClick={() => go(direction)}
      >
        <span aria-hidden="true">{arrow}</span>
        <span className="visually-hidden">{label}</span>
      </button>
    );
  };
  return (
    <div className="history-buttons" role="group" aria-label={t('historyLabel')}>
      {button('back', '←')}
      {button('forward', '→')}
    </div>
  );
}

/** aria-keyshortcuts names modifiers the way the ARIA spec does. */
export function ariaKeys(key: string, mod?: boolean, alt?: boolean): string {
  const modName = shortcutPlatform === 'mac' ? 'Meta' : 'Control';
  return [mod ? modName : '', alt ? 'Alt' : '', key.length === 1 ? key.toUpperCase() : key]
    .filter(Boolean)
    .join('+');
}
