// One row of the Partnerskabstjek: the factor (once, with the other lists it stands in), its
// status as four radio buttons (arrow keys move between them), a comment and a date, saved as a
// new entry in the history; beside it the partnership's notes tagged with the factor and the
// bundled quotes and lessons that illustrate it.
import { useState, type FormEvent } from 'react';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '../../../shared/partnerships/types';
import type { ProfileRow } from '../../../shared/partnerships/types';
import { call } from '../../api/client';
import { useContent } from '../../app/ContentProvider';
import { Link } from '../../app/Link';
import { useT } from '../../i18n';
import { QuoteBlock } from '../quotes/QuoteBlock';
import { GROUP_LABEL } from '../shared/labels';
import { localToday, STATUS_LABEL } from './labels';

export function FactorRow(props: { row: ProfileRow; partnershipId: string; onSaved: () => void }) {
  const { row, partnershipId } = props;
  const t = useT();
  const content = useContent();
  const index = content.status === 'ready' ? content.value : null;
  const [status, setStatus] = useState<AssessmentStatus>(row.status);
  const [comment, setComment] = useState('');
  const [date, setDate] = useState(localToday);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const base = `factor-${row.set.id}`;
  const others = row.set.members
    .slice(1)
    .map((id) => index?.get('factor', id))
    .filter((f) => f !== undefined);
  const quotes = index?.getAll('quote', row.quotes) ?? [];
  const lessons = index?.getAll('lesson', row.lessons) ?? [];

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      const saved = await call('partnerships.assess', {
        partnershipId,
        factorId: row.set.id,
        status,
        comment,
        date,
      });
      setComment('');
      setDate(localToday());
      setMessage({
        ok: true,
        text: t('myPartnerships.saved', {
          status: t(STATUS_LABEL[saved.status]),
          date: saved.date,
        }),
      });
      props.onSaved();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  };

  return (
    <li className="factor-row-card" id={base} data-factor={row.set.id} data-status={row.status}>
      <form onSubmit={(e) => void save(e)}>
        <fieldset>
          <legend>
            <span lang="da">{row.set.title}</span>
          </legend>
          {others.length > 0 && (
            <p className="also-in muted">
              {t('myPartnerships.alsoIn')}{' '}
              {others.map((f, i) => (
                <span key={f.id}>
                  {i > 0 && '; '}
                  {t(GROUP_LABEL[f.group])}: <q lang="da">{f.title}</q>
                </span>
              ))}
            </p>
          )}
          <p className="current-status">
            <span className={`status-pill status-${row.status}`}>
              {t(STATUS_LABEL[row.status])}
            </span>{' '}
            {row.current && (
              <span className="muted">
                {t('myPartnerships.assessedOn', { date: row.current.date })}
                {row.current.comment && (
                  <>
                    {' '}
                    · <q>{row.current.comment}</q>
                  </>
                )}
              </span>
            )}
          </p>
          <div
            className="status-choices"
            role="radiogroup"
            aria-label={t('myPartnerships.statusFor', { factor: row.set.title })}
          >
            {ASSESSMENT_STATUSES.map((s) => (
              <label key={s} className={`status-choice status-${s}`}>
                <input
                  type="radio"
                  name={`${base}-status`}
                  value={s}
                  checked={status === s}
                  onChange={() => setStatus(s)}
                />{' '}
                {t(STATUS_LABEL[s])}
              </label>
            ))}
          </div>
          <div className="assess-fields">
            <div className="field">
              <label htmlFor={`${base}-comment`}>{t('myPartnerships.comment')}</label>
              <textarea
                id={`${base}-comment`}
                rows={2}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${base}-date`}>{t('myPartnerships.date')}</label>
              <input
                id={`${base}-date`}
                type="date"
                value={date}
                required
                onChange={(e) => setDate(e.target.value)}
              />
            </div>
          </div>
          <button type="submit" className="button button-primary">
            {t('myPartnerships.saveAssessment')}
            <span className="visually-hidden">: {row.set.title}</span>
          </button>
          <p role="status" className={message && !message.ok ? 'field-error' : 'save-status'}>
            {message?.text}
          </p>
        </fieldset>
      </form>
      <div className="factor-evidence">
        <h4>{t('myPartnerships.notesHeading', { count: row.notes.length })}</h4>
        {row.notes.length === 0 ? (
          <p className="muted">{t('myPartnerships.noNotes')}</p>
        ) : (
          <ul className="note-links">
            {row.notes.map((n) => (
              <li key={n.id}>
                <Link to={{ name: 'note', id: n.id }}>{n.title}</Link>
                {n.aboutDate && <span className="muted"> ({n.aboutDate})</span>}
              </li>
            ))}
          </ul>
        )}
        {(quotes.length > 0 || lessons.length > 0) && (
          <details className="inspiration">
            <summary>
              {t('myPartnerships.inspiration', { quotes: quotes.length, lessons: lessons.length })}
            </summary>
            {quotes.map((q) => (
              <QuoteBlock key={q.id} quote={q} />
            ))}
            {lessons.length > 0 && (
              <ul className="lesson-links">
                {lessons.map((l) => (
                  <li key={l.id}>
                    <Link to={{ name: 'lesson', id: l.id }} lang="da">
                      {l.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </details>
        )}
        {row.history.length > 0 && (
          <details className="history">
            <summary>{t('myPartnerships.history', { count: row.history.length })}</summary>
            <ol>
              {row.history.map((a) => (
                <li key={a.id}>
                  <time dateTime={a.date}>{a.date}</time>: {t(STATUS_LABEL[a.status])}
                  {a.comment && (
                    <>
                      {' '}
                      – <q>{a.comment}</q>
                    </>
                  )}
                </li>
              ))}
            </ol>
          </details>
        )}
      </div>
    </li>
  );
}
