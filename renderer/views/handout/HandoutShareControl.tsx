// "Del med teamet" for one handout, shown only while the user is in a team library, and for a
// shared handout who changed it last ("Delt · senest ændret af Bo Lind, …").
import { useId, useState } from 'react';
import type { Handout } from '../../../shared/handout/types';
import { useErrorText } from '../../api/errorText';
import { useLanguage, useT } from '../../i18n';
import { sharedLine } from '../team/bylines';
import type { Authorship } from '../team/useAuthorship';

interface Props {
  handout: Pick<Handout, 'id' | 'title'>;
  sharing: Authorship;
  /** In a list of handouts the box's name carries the handout's title, to tell the boxes apart. */
  named?: boolean;
}

export function HandoutShareControl({ handout, sharing, named }: Props) {
  const t = useT('teamHandouts');
  const { language } = useLanguage();
  const errorText = useErrorText();
  const lineId = useId();
  const [error, setError] = useState<string | null>(null);
  if (!sharing.joined) return null;
  const row = sharing.byId.get(handout.id);
  const shared = row?.shared === true;
  const toggle = (next: boolean) => {
    setError(null);
    sharing.setShared([handout.id], next).catch((e: unknown) => setError(errorText(e)));
  };
  return (
    <div className="handout-share">
      <label className="handout-share-box">
        <input
          type="checkbox"
          checked={shared}
          // The name starts with the visible words (WCAG 2.5.3) and adds the handout's title.
          aria-label={named ? t('shareHandoutNamed', { title: handout.title }) : undefined}
          aria-describedby={shared ? lineId : undefined}
          onChange={(e) => toggle(e.target.checked)}
        />
        {t('shareHandout')}
      </label>
      {shared && row && (
        <p id={lineId} className="muted handout-share-line" data-testid="handout-shared-line">
          {sharedLine(row, t, language)}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
