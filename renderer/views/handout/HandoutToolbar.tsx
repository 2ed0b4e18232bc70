// The handout's work area toolbar: it stays in view while the items scroll, with the title, the
// number of items, "Del med teamet" while in a team library, and the export buttons (which, after
// an export, offer Open and Show in folder).
import type { Handout } from '../../../shared/handout/types';
import { useT } from '../../i18n';
import { useAuthorship } from '../team/useAuthorship';
import { HandoutExport } from './HandoutExport';
import { HandoutShareControl } from './HandoutShareControl';
import { PrivateCitedNotes } from './PrivateCitedNotes';

export function HandoutToolbar({ handout }: { handout: Handout }) {
  const t = useT('desktop');
  const count = handout.items.length;
  const sharing = useAuthorship('handout');
  return (
    <section className="handout-toolbar" aria-label={t('handoutToolbar')}>
      <p className="handout-toolbar-title">
        <strong>{handout.title}</strong>{' '}
        <span className="muted" data-testid="handout-item-count">
          {count === 1 ? t('handoutItemCountOne') : t('handoutItemCount', { count })}
        </span>
      </p>
      <HandoutShareControl handout={handout} sharing={sharing} />
      <PrivateCitedNotes handout={handout} sharing={sharing} />
      <HandoutExport id={handout.id} disabled={count === 0} />
    </section>
  );
}
