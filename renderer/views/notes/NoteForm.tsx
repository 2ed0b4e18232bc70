// Create or edit a note. What is typed is kept as a draft in the store (useNoteDraft) until it
// is saved; Ctrl+S saves. "Gemt" is only shown once the store has acknowledged the write, and the
// store's validation messages appear next to the field they concern.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Note } from '../../../shared/notes/types';
import { ApiError, call } from '../../api/client';
import type { ContentIndex } from '../../app/contentIndex';
import { Link } from '../../app/Link';
import { navigate, replaceRoute } from '../../app/useRoute';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { useLanguage, useT } from '../../i18n';
import { catalogues } from '../../i18n/translate';
import { errorText } from '../../api/errorText';
import { PageHeader } from '../layout/PageHeader';
import { rememberDeletion } from './deletedNotes';
import { DraftOfferBanner } from './DraftOfferBanner';
import { formatDateTime, formatTime } from './formatDate';
import { draftOf, inputOf, type Draft } from './noteDraft';
import { NoteFormFields } from './NoteFormFields';
import { fieldErrorsOf, type FieldErrors } from './noteHelpers';
import { draftKeyOf, useNoteDraft } from './useNoteDraft';
import { useSaveShortcut } from './useSaveShortcut';
import { NoteAuthorLine, NoteShareControl, NoteTeamHint } from './NoteTeamPanel';
import { useNoteTeam } from './useNoteTeam';
import './noteForm.css';

// A new note's form is replaced by the saved note's once the route changes to its id; this keeps
// the "Gemt" acknowledgement across that change.
let justCreated: { id: string; at: Date; shareError: string | null } | null = null;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string; errors: FieldErrors | null };

export function NoteForm({ note, content }: { note: Note | null; content: ContentIndex }) {
  const t = useT('notes');
  const tt = useT('noteTeam');
  const { language } = useLanguage();
  const [saved, setSaved] = useState<Note | null>(note);
  const [draft, setDraft] = useState<Draft>(() => draftOf(note));
  const [state, setState] = useState<SaveState>(() =>
    justCreated && justCreated.id === note?.id
      ? { kind: 'saved', at: justCreated.at }
      : { kind: 'idle' },
  );
  const stored = useNoteDraft(draftKeyOf(note?.id), draftOf(saved));
  const team = useNoteTeam();
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useSaveShortcut(formRef);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(saved));
  const errors = state.kind === 'failed' ? state.errors : null;
  // While a found draft waits for Fortsæt/Kassér, nothing may overwrite it.
  const deciding = stored.offer !== null && stored.offer !== 'checking';

  useEffect(() => {
    if (state.kind === 'failed') summaryRef.current?.focus();
  }, [state]);

  const saveRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // A new note's form gives way to the saved note's: focus stays on Gem note, after the frame
    // in which the layout would move it to the new page.
    if (!justCreated || justCreated.id !== note?.id) return;
    const frame = window.requestAnimationFrame(() => saveRef.current?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, [note?.id]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    stored.keep(next);
  };

  const focusTitle = () =>
    window.setTimeout(
      () => formRef.current?.querySelector<HTMLElement>('[data-field="title"]')?.focus(),
      0,
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (deciding || state.kind === 'saving') return;
    setState({ kind: 'saving' });
    try {
      const input = inputOf(draft);
      const result = saved
        ? await call('notes.update', { id: saved.id, ...input })
        : await call('notes.create', input);
      await stored.discard();
      setSaved(result);
      setDraft(draftOf(result));
      setState({ kind: 'saved', at: new Date() });
      if (!saved) {
        const shareError = draft.shareOnSave ? await shareCreated(result.id) : null;
        justCreated = { id: result.id, at: new Date(), shareError };
        replaceRoute({ name: 'note', id: result.id });
      }
    } catch (e) {
      const message = errorText(e, language);
      const invalid = e instanceof ApiError && e.code === 'invalid-input';
      const errors = invalid ? fieldErrorsOf(e.issues, catalogues[language].errors) : null;
      setState({ kind: 'failed', message, errors });
    }
  };

  // Shared only once the note exists; a failure leaves it saved and private, and says so.
  const shareCreated = async (id: string): Promise<string | null> => {
    if (!team.joined) return null;
    try {
      await team.setShared([id], true);
      return null;
    } catch (e) {
      return tt('shareOnSaveFailed', { message: errorText(e, language) });
    }
  };

  const remove = async () => {
    if (!saved) return;
    try {
      await call('notes.delete', { ids: [saved.id], confirm: true });
      await stored.discard();
      rememberDeletion([saved.id], saved.title);
      navigate({ name: 'notes' });
    } catch (e) {
      setState({ kind: 'failed', message: errorText(e, language), errors: null });
    }
  };

  return (
    <div className="note-editor">
      <PageHeader
        title={saved ? t('editorEditTitle') : t('editorNewTitle')}
        kicker={<Link to={{ name: 'notes' }}>{t('backToList')}</Link>}
      >
        {saved && (
          <p className="muted note-editor-dates">
            {t('created', { date: formatDateTime(saved.createdAt, language) })} ·{' '}
            {t('updated', { date: formatDateTime(saved.updatedAt, language) })}
          </p>
        )}
        {saved && <NoteAuthorLine team={team} noteId={saved.id} />}
      </PageHeader>
      {stored.offer && stored.offer !== 'checking' && (
        <DraftOfferBanner
          savedAt={stored.offer.savedAt}
          onResume={() => {
            const found = stored.resume();
            if (found) setDraft(found);
            focusTitle();
          }}
          onDiscard={() => {
            void stored.discard();
            focusTitle();
          }}
        />
      )}
      <form className="note-form" onSubmit={submit} noValidate ref={formRef}>
        {state.kind === 'failed' && <SaveFailure state={state} summaryRef={summaryRef} />}
        <fieldset className="note-form-fieldset" disabled={deciding}>
          <NoteFormFields draft={draft} content={content} errors={errors?.fields} set={set} />
        </fieldset>
        <NoteShareControl
          team={team}
          noteId={saved?.id ?? null}
          shareOnSave={draft.shareOnSave === true}
          // Part of the draft, so that a crash before the first save keeps the choice too.
          onShareOnSave={(share) => set('shareOnSave', share ? true : undefined)}
          initialError={justCreated?.id === note?.id ? justCreated?.shareError : null}
        />
        <div className="note-form-actions">
          <button
            ref={saveRef}
            type="submit"
            className="button button-primary"
            disabled={state.kind === 'saving' || deciding}
            aria-keyshortcuts="Control+S"
          >
            {state.kind === 'saving' ? t('saving') : t('save')}
          </button>
          {saved && <AddToHandoutButton kind="note" id={saved.id} title={saved.title} />}
          {saved && (
            <button
              type="button"
              className="button button-quiet"
              aria-label={t('deleteLabel', { title: saved.title })}
              onClick={() => void remove()}
            >
              {t('delete')}
            </button>
          )}
          <SaveStatus state={state} dirty={dirty} keptAt={stored.keptAt} error={stored.error} />
        </div>
        <NoteTeamHint team={team} />
      </form>
    </div>
  );
}

function SaveFailure(props: {
  state: Extract<SaveState, { kind: 'failed' }>;
  summaryRef: React.RefObject<HTMLDivElement | null>;
}) {
  const t = useT('notes');
  const { errors, message } = props.state;
  return (
    <div className="notice notice-error" role="alert" tabIndex={-1} ref={props.summaryRef}>
      {errors ? (
        <>
          <p className="notice-title">{t('invalidSummary')}</p>
          {errors.other.length > 0 && (
            <ul>
              {errors.other.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p>{t('saveFailed', { message })}</p>
      )}
    </div>
  );
}

function SaveStatus(props: {
  state: SaveState;
  dirty: boolean;
  keptAt: string | null;
  error: string | null;
}) {
  const t = useT('notes');
  const te = useT('editor');
  const { language } = useLanguage();
  const { state, dirty, keptAt } = props;
  return (
    <p className="save-status" role="status" aria-live="polite">
      {state.kind === 'saved' && !dirty && (
        <span className="save-ok">{t('savedAt', { time: formatTime(state.at, language) })}</span>
      )}
      {dirty && state.kind !== 'saving' && (
        <span className="muted">
          {t('unsavedChanges')}
          {keptAt && ` ${te('draftKept', { time: formatTime(new Date(keptAt), language) })}`}
        </span>
      )}
      {props.error && (
        <span className="field-error"> {te('draftSaveFailed', { message: props.error })}</span>
      )}
    </p>
  );
}
