// Mine noter: every note, sorted as chosen, filtered by text, factor and (in a team library)
// author, selectable for work on several at once (NotesBulkBar), with delete + undo and the
// export/import panel. Shared notes say so in their row, with who wrote them.
import { useEffect, useId, useMemo, useState } from 'react';
import type { Note } from '../../../shared/notes/types';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useContent } from '../../app/ContentProvider';
import type { ContentIndex } from '../../app/contentIndex';
import { Link } from '../../app/Link';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { useLanguage, useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { rememberDeletion } from './deletedNotes';
import { formatDateTime, formatDay } from './formatDate';
import { NoteFactorTags } from './NoteFactorTags';
import { excerpt, filterNotes } from './noteHelpers';
import { NotesBulkBar } from './NotesBulkBar';
import { NoteSortSelect, useNoteSelection } from './NoteSelection';
import { sortNotes, type NoteSort } from './noteSort';
import { NOTES_CHANGED } from './notesChanged';
import { NotesTransfer } from './NotesTransfer';
import { filterByAuthor, type AuthorFilter } from './noteAuthorship';
import { NoteAuthorFilter, NoteRowTeam } from './NoteTeamList';
import { useNoteTeam } from './useNoteTeam';
import { UndoToast } from './UndoToast';
import './notes.css';
import { useErrorText } from '../../api/errorText';

export function NotesListView() {
  const t = useT('notes');
  const notes = useApi('notes.list', {});
  const content = useContent();
  const { reload } = notes;
  useEffect(() => {
    window.addEventListener(NOTES_CHANGED, reload);
    return () => window.removeEventListener(NOTES_CHANGED, reload);
  }, [reload]);
  return (
    <div className="notes-view">
      <PageHeader title={t('title')} lead={t('intro')}>
        <Link className="button button-primary" to={{ name: 'noteNew' }}>
          {t('newNote')}
        </Link>
      </PageHeader>
      <UndoToast onRestored={notes.reload} />
      {notes.status === 'loading' || content.status === 'loading' ? (
        <Loading />
      ) : notes.status === 'error' ? (
        <ErrorState error={notes.error} onRetry={notes.reload} />
      ) : content.status === 'error' ? (
        <ErrorState error={content.error} onRetry={content.reload} />
      ) : (
        <NotesList notes={notes.value} content={content.value} reload={notes.reload} />
      )}
      <NotesTransfer onImported={notes.reload} />
    </div>
  );
}

function NotesList(props: { notes: Note[]; content: ContentIndex; reload: () => void }) {
  const { notes, content, reload } = props;
  const t = useT('notes');
  const tc = useT('common');
  const errorText = useErrorText();
  const { language } = useLanguage();
  const [text, setText] = useState('');
  const [factor, setFactor] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<NoteSort>('changed');
  const [author, setAuthor] = useState<AuthorFilter>('all');
  const team = useNoteTeam();
  const textId = useId();
  const factorId = useId();

  const sorted = useMemo(() => sortNotes(notes, sort), [notes, sort]);
  const shown = useMemo(
    () =>
      filterByAuthor(
        filterNotes(sorted, text, factor),
        team.joined ? author : 'all',
        team.rows,
        team.joined?.displayName ?? null,
      ),
    [sorted, text, factor, author, team.joined, team.rows],
  );
  const selection = useNoteSelection(shown);
  const groups = useMemo(() => {
    const byGroup = new Map<string, typeof content.factors>();
    for (const f of content.factors) byGroup.set(f.group, [...(byGroup.get(f.group) ?? []), f]);
    return [...byGroup];
  }, [content]);
  const groupLabel = (group: string) =>
    tc(`group${group.charAt(0).toUpperCase()}${group.slice(1)}` as Parameters<typeof tc>[0]);

  const remove = async (note: Note) => {
    setError(null);
    try {
      // One note the user chose, and undoable: the bulk-delete guard does not apply.
      await call('notes.delete', { ids: [note.id], confirm: true });
      rememberDeletion([note.id], note.title);
      reload();
    } catch (e) {
      setError(t('deleteFailed', { message: errorText(e) }));
    }
  };

  return (
    <section aria-labelledby="notes-list-heading">
      <div className="notes-filter" role="search" aria-label={t('filterHeading')}>
        <div className="field">
          <label htmlFor={textId}>{t('filterText')}</label>
          <input id={textId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={factorId}>{t('filterFactor')}</label>
          <select id={factorId} value={factor} onChange={(e) => setFactor(e.target.value)}>
            <option value="">{t('filterFactorAll')}</option>
            {groups.map(([group, factors]) => (
              <optgroup key={group} label={groupLabel(group)}>
                {factors.map((f) => (
                  <option key={f.id} value={f.id} lang="da">
                    {f.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <NoteAuthorFilter team={team} notes={notes} value={author} onChange={setAuthor} />
        <NoteSortSelect value={sort} onChange={setSort} />
      </div>
      {shown.length > 0 && (
        <NotesBulkBar
          selected={selection.selected}
          content={content}
          team={team}
          onChanged={reload}
          onClear={selection.clear}
        />
      )}
      <h2 id="notes-list-heading">{t('listHeading', { count: shown.length })}</h2>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {notes.length === 0 ? (
        <p className="muted">{t('listEmpty')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('listNoMatch')}</p>
      ) : (
        <>
          {selection.allBox}
          <ul className="note-list">
            {shown.map((note) => (
              <li key={note.id} className="note-card card" data-note-id={note.id}>
                {selection.box(note)}
                <article aria-labelledby={`note-${note.id}`}>
                  <h3 id={`note-${note.id}`} className="note-card-title">
                    <Link to={{ name: 'note', id: note.id }}>{note.title}</Link>
                  </h3>
                  <p className="note-card-meta muted">
                    {t('updated', { date: formatDateTime(note.updatedAt, language) })}
                    {note.aboutDate && (
                      <> · {t('aboutDate', { date: formatDay(note.aboutDate, language) })}</>
                    )}
                    {note.partnership && <> · {note.partnership}</>}
                  </p>
                  <NoteRowTeam team={team} noteId={note.id} />
                  {note.body && <p className="note-card-excerpt">{excerpt(note.body)}</p>}
                  <NoteFactorTags ids={note.factors} content={content} />
                  <div className="note-card-actions">
                    <Link className="button" to={{ name: 'note', id: note.id }}>
                      {t('edit')}
                      <span className="visually-hidden">: {note.title}</span>
                    </Link>
                    <AddToHandoutButton kind="note" id={note.id} title={note.title} />
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('deleteLabel', { title: note.title })}
                      onClick={() => void remove(note)}
                    >
                      {t('delete')}
                    </button>
                  </div>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
