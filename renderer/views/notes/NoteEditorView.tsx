// Create or edit a note: title, Markdown body with a live sanitised preview, partnership,
// organisations, date, factors and linked quotes. Validation messages from the store appear next
// to the field they concern; "Gemt" is only shown once the store has acknowledged the write.
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Note } from '../../../shared/notes/types';
import { ApiError, call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useContent } from '../../app/ContentProvider';
import type { ContentIndex } from '../../app/contentIndex';
import { Link } from '../../app/Link';
import { navigate, replaceRoute } from '../../app/useRoute';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { useLanguage, useT } from '../../i18n';
import { catalogues } from '../../i18n/translate';
import { errorText } from '../../api/errorText';
import { SafeMarkdown } from '../../markdown/SafeMarkdown';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { rememberDeletion } from './deletedNotes';
import { formatDateTime, formatTime } from './formatDate';
import { MultiCombobox } from './MultiCombobox';
import type { FieldErrors } from './noteHelpers';
import { factorOptions, fieldErrorsOf, quoteOptions } from './noteHelpers';
import { FormField } from './FormField';
import { draftOf, inputOf, type Draft } from './noteDraft';
import './notes.css';

export function NoteEditorView({ id }: { id?: string }) {
  const t = useT('notes');
  const content = useContent();
  if (content.status === 'loading') return <Loading />;
  if (content.status === 'error')
    return <ErrorState error={content.error} onRetry={content.reload} />;
  if (!id) return <NoteForm key="new" note={null} content={content.value} />;
  return <ExistingNote id={id} content={content.value} notFound={t('notFound')} />;
}

function ExistingNote(props: { id: string; content: ContentIndex; notFound: string }) {
  const note = useApi('notes.get', { id: props.id });
  if (note.status === 'loading') return <Loading />;
  if (note.status === 'error') {
    const notFound = note.error.code === 'not-found' ? props.notFound : undefined;
    return <ErrorState error={note.error} message={notFound} onRetry={note.reload} />;
  }
  return <NoteForm key={note.value.id} note={note.value} content={props.content} />;
}

// A new note's form is replaced by the saved note's once the route changes to its id; this keeps
// the "Gemt" acknowledgement across that change.
let justCreated: { id: string; at: Date } | null = null;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string; errors: FieldErrors | null };

function NoteForm({ note, content }: { note: Note | null; content: ContentIndex }) {
  const t = useT('notes');
  const tc = useT('common');
  const { language } = useLanguage();
  const [saved, setSaved] = useState<Note | null>(note);
  const [draft, setDraft] = useState<Draft>(() => draftOf(note));
  const [state, setState] = useState<SaveState>(() =>
    justCreated && justCreated.id === note?.id
      ? { kind: 'saved', at: justCreated.at }
      : { kind: 'idle' },
  );
  const preview = useDeferredValue(draft.body);
  const summaryRef = useRef<HTMLDivElement>(null);
  const base = useId();

  const factorOpts = useMemo(
    () =>
      factorOptions(content, (group) =>
        tc(`group${group.charAt(0).toUpperCase()}${group.slice(1)}` as Parameters<typeof tc>[0]),
      ),
    [content, tc],
  );
  const quoteOpts = useMemo(() => quoteOptions(content), [content]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(saved));
  const errors = state.kind === 'failed' ? state.errors : null;
  const fe = errors?.fields;

  useEffect(() => {
    if (state.kind === 'failed') summaryRef.current?.focus();
  }, [state]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const input = inputOf(draft);
    try {
      const result = saved
        ? await call('notes.update', { id: saved.id, ...input })
        : await call('notes.create', input);
      setSaved(result);
      setDraft(draftOf(result));
      setState({ kind: 'saved', at: new Date() });
      if (!saved) {
        justCreated = { id: result.id, at: new Date() };
        replaceRoute({ name: 'note', id: result.id });
      }
    } catch (e) {
      const message = errorText(e, language);
      const invalid = e instanceof ApiError && e.code === 'invalid-input';
      const errors = invalid ? fieldErrorsOf(e.issues, catalogues[language].errors) : null;
      setState({ kind: 'failed', message, errors });
    }
  };

  const remove = async () => {
    if (!saved) return;
    try {
      await call('notes.delete', { ids: [saved.id], confirm: true });
      rememberDeletion([saved.id], saved.title);
      navigate({ name: 'notes' });
    } catch (e) {
      setState({ kind: 'failed', message: errorText(e, language), errors: null });
    }
  };

  const title = saved ? t('editorEditTitle') : t('editorNewTitle');
  return (
    <div className="note-editor">
      <PageHeader title={title} kicker={<Link to={{ name: 'notes' }}>{t('backToList')}</Link>}>
        {saved && (
          <p className="muted note-editor-dates">
            {t('created', { date: formatDateTime(saved.createdAt, language) })} ·{' '}
            {t('updated', { date: formatDateTime(saved.updatedAt, language) })}
          </p>
        )}
      </PageHeader>
      <form className="note-form" onSubmit={submit} noValidate>
        {state.kind === 'failed' && (
          <div className="notice notice-error" role="alert" tabIndex={-1} ref={summaryRef}>
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
              <p>{t('saveFailed', { message: state.message })}</p>
            )}
          </div>
        )}
        <div className="note-form-grid">
          <div className="note-form-main">
            <FormField label={t('fieldTitle')} error={fe?.title}>
              {(field) => (
                <input
                  {...field}
                  type="text"
                  className="input-wide"
                  required
                  aria-required="true"
                  value={draft.title}
                  onChange={(e) => set('title', e.target.value)}
                />
              )}
            </FormField>
            <div className="note-body-pair">
              <FormField label={t('fieldBody')} hint={t('fieldBodyHint')} error={fe?.body}>
                {(field) => (
                  <textarea
                    {...field}
                    className="note-body-input"
                    rows={14}
                    value={draft.body}
                    onChange={(e) => set('body', e.target.value)}
                  />
                )}
              </FormField>
              <section className="note-preview" aria-labelledby={`${base}-preview`}>
                <h2 id={`${base}-preview`} className="note-preview-heading">
                  {t('previewHeading')}
                </h2>
                {preview.trim() ? (
                  <SafeMarkdown markdown={preview} className="note-preview-body" />
                ) : (
                  <p className="muted">{t('previewEmpty')}</p>
                )}
              </section>
            </div>
          </div>
          <div className="note-form-side">
            <FormField
              label={t('fieldPartnership')}
              hint={t('fieldPartnershipHint')}
              error={fe?.partnership}
            >
              {(field) => (
                <input
                  {...field}
                  type="text"
                  value={draft.partnership}
                  onChange={(e) => set('partnership', e.target.value)}
                />
              )}
            </FormField>
            <FormField
              label={t('fieldOrganisations')}
              hint={t('fieldOrganisationsHint')}
              error={fe?.organisations}
            >
              {(field) => (
                <textarea
                  {...field}
                  rows={3}
                  value={draft.organisations}
                  onChange={(e) => set('organisations', e.target.value)}
                />
              )}
            </FormField>
            <FormField label={t('fieldDate')} hint={t('fieldDateHint')} error={fe?.aboutDate}>
              {(field) => (
                <input
                  {...field}
                  type="date"
                  value={draft.aboutDate}
                  onChange={(e) => set('aboutDate', e.target.value)}
                />
              )}
            </FormField>
          </div>
        </div>
        <MultiCombobox
          label={t('fieldFactors')}
          hint={t('fieldFactorsHint')}
          error={fe?.factors}
          options={factorOpts}
          selected={draft.factors}
          onChange={(next) => set('factors', next)}
          unknownLabel={(id) => ({
            label: t('unknownFactor'),
            title: t('unknownFactorTitle', { id }),
          })}
        />
        <MultiCombobox
          label={t('fieldLinks')}
          hint={t('fieldLinksHint')}
          error={fe?.links}
          options={quoteOpts}
          selected={draft.links}
          onChange={(next) => set('links', next)}
          unknownLabel={(id) => ({ label: id })}
        />
        <div className="note-form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={state.kind === 'saving'}
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
          <p className="save-status" role="status" aria-live="polite">
            {state.kind === 'saved' && !dirty && (
              <span className="save-ok">
                {t('savedAt', { time: formatTime(state.at, language) })}
              </span>
            )}
            {dirty && state.kind !== 'saving' && (
              <span className="muted">{t('unsavedChanges')}</span>
            )}
          </p>
        </div>
      </form>
    </div>
  );
}
