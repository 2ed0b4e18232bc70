// The one "add to handout" button used wherever a quote, factor, lesson, section or note is shown.
// It toggles: a second press takes the item out of the basket again. The accessible name starts
// with the visible text (WCAG 2.5.3) and names the item, so a list of buttons stays tellable apart.
import type { HandoutItemKind } from '../../shared/handout/types';
import { useT } from '../i18n';
import { useBasket } from './BasketProvider';
import { KIND_KEY } from './kindLabels';
import './addToHandout.css';

export interface AddToHandoutButtonProps {
  kind: HandoutItemKind;
  /** Content id (`citat-…`, `<partnership>/<section>`) or note id. */
  id: string;
  /** What the item is called, for screen readers ("Tilføj til handout: «…»"). */
  title?: string;
  /** The language of `title`: bundled content is Danish (the default); a note's is the user's. */
  titleLang?: 'da' | null;
  className?: string;
}

export function AddToHandoutButton(props: AddToHandoutButtonProps) {
  const { kind, id, title, className } = props;
  const titleLang = props.titleLang === undefined && kind !== 'note' ? 'da' : props.titleLang;
  const t = useT();
  const basket = useBasket();
  const added = basket.has(kind, id);
  const what = title ?? t(KIND_KEY[kind]);
  return (
    <button
      type="button"
      className={['add-to-handout', added ? 'is-added' : '', className ?? ''].join(' ').trim()}
      data-kind={kind}
      data-ref={id}
      disabled={basket.loading}
      onClick={() => void (added ? basket.remove(kind, id) : basket.add(kind, id))}
    >
      <span aria-hidden="true" className="add-to-handout-icon">
        {added ? '✓' : '+'}
      </span>
      {added ? t('handout.buttonAdded') : t('handout.buttonAdd')}
      <span className="add-to-handout-hint">
        <WithTitle
          template={t(added ? 'handout.buttonRemoveHint' : 'handout.buttonAddHint', {
            title: TITLE_SLOT,
          })}
          title={what}
          lang={title && titleLang ? titleLang : undefined}
        />
      </span>
    </button>
  );
}

const TITLE_SLOT = '\u0000';

/** The hint's words in the interface language, with the item's own title marked in its own. */
function WithTitle(props: { template: string; title: string; lang?: string }) {
  const [before, after] = props.template.split(TITLE_SLOT);
  return (
    <>
      {before}
      <span lang={props.lang}>{props.title}</span>
      {after}
    </>
  );
}
