// The user's own notes tagged with a factor (from the notes store), shown with the same safe
// Markdown pipeline as the notes view; a colleague's shared note names its author, so it can be
// added to a handout knowingly.
import { Link } from '../../app/Link';
import { useApi } from '../../api/useApi';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { useLanguage, useT } from '../../i18n';
import { SafeMarkdown } from '../../markdown/SafeMarkdown';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { noteByline } from '../team/bylines';
import { useAuthorship } from '../team/useAuthorship';

export function FactorNotes({ factorId }: { factorId: string }) {
  const t = useT('factors');
  const { language } = useLanguage();
  const th = useT('teamHandouts');
  const notes = useApi('notes.list', { factor: factorId });
  const authors = useAuthorship('note').byId;
  const dateFormat = new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
  });
  return (
    <section aria-labelledby="factor-notes" className="factor-notes">
      <h2 id="factor-notes">{t('notesHeading')}</h2>
      {notes.status === 'loading' && <Loading />}
      {notes.status === 'error' && <ErrorState error={notes.error} onRetry={notes.reload} />}
      {notes.status === 'ready' &&
        (notes.value.length === 0 ? (
          <p className="muted">{t('noNotes')}</p>
        ) : (
          <ul className="note-list">
            {notes.value.map((note) => {
              const byline = noteByline(authors.get(note.id), th, language);
              return (
                <li key={note.id} className="card note-card">
                  <h3>
                    <Link to={{ name: 'note', id: note.id }}>{note.title}</Link>
                  </h3>
                  <p className="muted note-meta">
                    {t('updated', { date: dateFormat.format(new Date(note.updatedAt)) })}
                    {note.partnership && <> · {note.partnership}</>}
                  </p>
                  {byline && (
                    <p className="muted note-meta" data-testid="note-byline">
                      {byline}
                    </p>
                  )}
                  <SafeMarkdown markdown={note.body} />
                  <AddToHandoutButton kind="note" id={note.id} title={note.title} />
                </li>
              );
            })}
          </ul>
        ))}
      <p>
        <Link to={{ name: 'noteNew' }} className="button">
          {t('newNote')}
        </Link>
      </p>
    </section>
  );
}
