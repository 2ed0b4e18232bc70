// The note editor's route: a new note, or an existing one loaded by id. An id that is no note
// (deleted, or not even a note id) gets a real not-found page, not an error with a retry.
import { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useContent } from '../../app/ContentProvider';
import type { ContentIndex } from '../../app/contentIndex';
import { useT } from '../../i18n';
import { NotFoundView } from '../layout/NotFoundView';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { NoteForm } from './NoteForm';
import './notes.css';

const NOTE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function NoteEditorView({ id }: { id?: string }) {
  const content = useContent();
  if (content.status === 'loading') return <Loading />;
  if (content.status === 'error')
    return <ErrorState error={content.error} onRetry={content.reload} />;
  if (!id) return <NoteForm key="new" note={null} content={content.value} />;
  if (!NOTE_ID.test(id)) return <NoteNotFound />;
  return <ExistingNote id={id} content={content.value} />;
}

function NoteNotFound() {
  const t = useT('editor');
  return (
    <NotFoundView
      title={t('notFoundNote')}
      body={t('notFoundNoteBody')}
      back={{ to: { name: 'notes' }, label: t('backToNotes') }}
    />
  );
}

function ExistingNote(props: { id: string; content: ContentIndex }) {
  const note = useApi('notes.get', { id: props.id });
  if (note.status === 'loading') return <Loading />;
  if (note.status === 'error') {
    if (note.error instanceof ApiError && note.error.code === 'not-found') return <NoteNotFound />;
    return <ErrorState error={note.error} onRetry={note.reload} />;
  }
  return <NoteForm key={note.value.id} note={note.value} content={props.content} />;
}
