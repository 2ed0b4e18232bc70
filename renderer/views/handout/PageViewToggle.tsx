// Switches the handout preview between the flowing view and the A4 page view.
import { useT } from '../../i18n';

export function PageViewToggle(props: { pressed: boolean; onChange: (pressed: boolean) => void }) {
  const t = useT('desktop');
  return (
    <button
      type="button"
      className="button button-quiet"
      aria-pressed={props.pressed}
      onClick={() => props.onChange(!props.pressed)}
    >
      {t('handoutPageView')}
    </button>
  );
}
