// Title, subtitle and introduction of the current handout, saved shortly after typing pauses.
import { useEffect, useId, useRef, useState } from 'react';
import type { Handout } from '../../../shared/handout/types';
import { useBasket } from '../../handout/BasketProvider';
import { useT } from '../../i18n';
import { useDebouncedCallback } from './useDebounced';

type Fields = Pick<Handout, 'title' | 'subtitle' | 'intro'>;

export function HandoutDetails({ handout }: { handout: Handout }) {
  const t = useT('handout');
  const basket = useBasket();
  const base = useId();
  const [draft, setDraft] = useState<Fields>({
    title: handout.title,
    subtitle: handout.subtitle,
    intro: handout.intro,
  });
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const titleMissing = draft.title.trim() === '';
  // What this form last wrote; a saved value that differs came from elsewhere (a rename in the
  // saved-handouts list) and replaces the field, while our own writes never overwrite typing.
  const written = useRef<Fields>({ ...draft });

  useEffect(() => {
    const incoming = { title: handout.title, subtitle: handout.subtitle, intro: handout.intro };
    const changed = (Object.keys(incoming) as (keyof Fields)[]).filter(
      (k) => incoming[k] !== written.current[k],
    );
    if (changed.length === 0) return;
    written.current = { ...written.current, ...incoming };
    setDraft((d) => ({ ...d, ...Object.fromEntries(changed.map((k) => [k, incoming[k]])) }));
  }, [handout.title, handout.subtitle, handout.intro]);

  const save = useDebouncedCallback((next: Fields) => {
    // An empty title is refused by the contract; keep the last saved one until a title is typed.
    const patch = next.title.trim() === '' ? { subtitle: next.subtitle, intro: next.intro } : next;
    written.current = { ...written.current, ...patch };
    setState('saving');
    void basket.update(patch).then((ok) => setState(ok ? 'saved' : 'failed'));
  }, 500);

  const change = (key: keyof Fields, value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    setState('idle');
    save.schedule(next);
  };

  return (
    <section className="handout-details card" aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>{t('detailsHeading')}</h2>
      <div className="field">
        <label htmlFor={`${base}-title`}>{t('fieldTitle')}</label>
        <input
          id={`${base}-title`}
          type="text"
          required
          aria-required="true"
          aria-invalid={titleMissing || undefined}
          aria-describedby={titleMissing ? `${base}-title-error` : undefined}
          value={draft.title}
          onChange={(e) => change('title', e.target.value)}
          onBlur={save.flush}
        />
        {titleMissing && (
          <p id={`${base}-title-error`} className="field-error">
            {t('titleRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${base}-subtitle`}>{t('fieldSubtitle')}</label>
        <input
          id={`${base}-subtitle`}
          type="text"
          value={draft.subtitle}
          onChange={(e) => change('subtitle', e.target.value)}
          onBlur={save.flush}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-intro`}>{t('fieldIntro')}</label>
        <p id={`${base}-intro-hint`} className="field-hint">
          {t('fieldIntroHint')}
        </p>
        <textarea
          id={`${base}-intro`}
          rows={5}
          aria-describedby={`${base}-intro-hint`}
          value={draft.intro}
          onChange={(e) => change('intro', e.target.value)}
          onBlur={save.flush}
        />
      </div>
      <p className="save-status" role="status" aria-live="polite">
        {state === 'saving' && <span className="muted">{t('saving')}</span>}
        {state === 'saved' && <span className="save-ok">{t('saved')}</span>}
      </p>
    </section>
  );
}
