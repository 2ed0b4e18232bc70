// One quote, set as a quotation: the words verbatim with typographic marks, then who said it
// (role, organisation, partnership), an honest note when the attribution is not certain (or a
// remark on a certain one), the source, and the actions: copy with citation, add to handout.
import { useEffect, useState } from 'react';
import type { QuoteEntry } from '../../../shared/content/types';
import { call } from '../../api/client';
import { useContent } from '../../app/ContentProvider';
import { Link } from '../../app/Link';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { useT } from '../../i18n';
import { ContentHtml } from '../shared/ContentHtml';
import { GROUP_LABEL } from '../shared/labels';
import { QuoteContext } from './QuoteContext';
import { quoteCopy } from './quoteCopy';
import './quotes.css';
import { useErrorText } from '../../api/errorText';

const COPIED_SHOWN_MS = 4000;

export interface QuoteBlockProps {
  quote: QuoteEntry;
  /** Hide the partnership link where the page already is the partnership. */
  showPartnership?: boolean;
  /** Show the quote's theme and factors as links. */
  showTags?: boolean;
  /** Show the theme and the section the quote stands in, linked to the passage. */
  showContext?: boolean;
}

export function QuoteBlock(props: QuoteBlockProps) {
  const { quote, showPartnership = true, showTags = false, showContext = false } = props;
  const t = useT('common');
  const tt = useT();
  const errorText = useErrorText();
  const tNotes = useT('speakerNotes');
  const content = useContent();
  const [copyState, setCopyState] = useState<{ ok: boolean; message: string } | null>(null);
  const index = content.status === 'ready' ? content.value : null;
  const partnership = index?.get('partnership', quote.partnership);
  const source = index?.get('source', quote.source);
  const { certainty, note } = quote.speaker;
  // "Kopieret" is news for a moment, not a state: it clears itself (an error stays).
  useEffect(() => {
    if (!copyState?.ok) return;
    const timer = window.setTimeout(() => setCopyState(null), COPIED_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [copyState]);
  const uncertainty =
    certainty === 'sikker'
      ? undefined
      : certainty === 'sandsynlig'
        ? t('speakerProbable')
        : t('speakerUncertain');

  const copy = () => {
    const payload = quoteCopy(
      quote,
      {
        partnershipTitle: partnership?.title ?? quote.partnership,
        citation: source?.citation ?? quote.source,
      },
      { source: t('quoteSource'), uncertainty: uncertainty?.toLocaleLowerCase() },
    );
    call('app.copy', payload).then(
      () => setCopyState({ ok: true, message: t('copied') }),
      (error: unknown) =>
        setCopyState({
          ok: false,
          message: t('copyFailed', { message: errorText(error) }),
        }),
    );
  };

  return (
    <figure className="quote" data-quote-id={quote.id}>
      <blockquote className="quote-text" lang="da">
        <ContentHtml html={quote.html} />
      </blockquote>
      <figcaption className="quote-caption">
        <span className="quote-speaker" lang="da">
          <span className="quote-role">{quote.speaker.role}</span>
          {quote.speaker.organisation && <>, {quote.speaker.organisation}</>}
        </span>
        {showPartnership && partnership && (
          <>
            {' · '}
            <Link
              to={{ name: 'partnership', id: partnership.id, section: quote.section }}
              className="quote-partnership"
              lang="da"
            >
              {partnership.title}
            </Link>
          </>
        )}
        {uncertainty && (
          <details className="quote-uncertain">
            <summary>
              <span className="quote-uncertain-badge">{uncertainty}</span>{' '}
              <span className="quote-uncertain-why">{t('speakerNoteLabel')}</span>
            </summary>
            <p lang="da">{note}</p>
          </details>
        )}
        {!uncertainty && note && (
          <details className="quote-remark">
            <summary>
              <span className="quote-remark-label">{tNotes('remarkLabel')}</span>
            </summary>
            <p lang="da">{note}</p>
          </details>
        )}
        {source && (
          <span className="quote-source">
            {t('quoteSource')}: <cite lang="da">{source.citation}</cite>
          </span>
        )}
      </figcaption>
      {showContext && index && <QuoteContext quote={quote} index={index} />}
      {showTags && index && (
        <ul className="tag-list quote-tags" aria-label={t('factorsLabel')}>
          {quote.factors.map((id) => {
            const factor = index.get('factor', id);
            return (
              factor && (
                <li key={id}>
                  {/* Two lists share some names: the group tells them apart. */}
                  <Link to={{ name: 'factor', id }} className="tag">
                    <span lang="da">{factor.title}</span>
                    <span className="tag-group"> · {tt(GROUP_LABEL[factor.group])}</span>
                  </Link>
                </li>
              )
            );
          })}
        </ul>
      )}
      <div className="quote-actions">
        <button type="button" className="button" onClick={copy}>
          {t('copyWithSource')}
        </button>
        <AddToHandoutButton kind="quote" id={quote.id} title={quote.title} />
        <span
          className={copyState?.ok === false ? 'copy-status copy-error' : 'copy-status'}
          role="status"
        >
          {copyState?.message}
        </span>
      </div>
    </figure>
  );
}
