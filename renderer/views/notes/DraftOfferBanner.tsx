// "Du har en kladde fra …, der ikke er gemt. [Fortsæt kladden] [Kassér]": shown when a note form
// opens over a stored draft; it takes focus so the choice is the first thing the user meets.
import { useEffect, useRef } from 'react';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from './formatDate';

export function DraftOfferBanner(props: { savedAt: string; onResume(): void; onDiscard(): void }) {
  const t = useT('editor');
  const { language } = useLanguage();
  const resumeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => resumeRef.current?.focus(), []);
  return (
    <div
      className="notice notice-warning draft-offer"
      role="group"
      aria-labelledby="draft-offer-text"
    >
      <p id="draft-offer-text">
        {t('draftFound', { date: formatDateTime(props.savedAt, language) })}
      </p>
      <div className="button-row">
        <button
          ref={resumeRef}
          type="button"
          className="button button-primary"
          onClick={props.onResume}
        >
          {t('draftResume')}
        </button>
        <button type="button" className="button" onClick={props.onDiscard}>
          {t('draftDiscard')}
        </button>
      </div>
    </div>
  );
}
