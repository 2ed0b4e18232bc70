// Create or edit one of the user's partnerships: name, partners with their sector, period,
// target group, purpose, and the notes that belong to it.
import { useState, type FormEvent } from 'react';
import type { MyPartnership, Partner } from '../../../shared/partnerships/types';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { navigate } from '../../app/useRoute';
import { useT } from '../../i18n';
import { FormField } from '../notes/FormField';
import { PartnerRows } from './PartnerRows';

interface Draft {
  name: string;
  partners: Partner[];
  periodStart: string;
  periodEnd: string;
  targetGroup: string;
  purpose: string;
  noteIds: string[];
}

function draftOf(p?: MyPartnership): Draft {
  return {
    name: p?.name ?? '',
    partners: p?.partners ?? [],
    periodStart: p?.periodStart ?? '',
    periodEnd: p?.periodEnd ?? '',
    targetGroup: p?.targetGroup ?? '',
    purpose: p?.purpose ?? '',
    noteIds: p?.noteIds ?? [],
  };
}

const notesChanged = (existing: MyPartnership | undefined, noteIds: string[]): boolean =>
  !existing || JSON.stringify(existing.noteIds) !== JSON.stringify(noteIds);

export function PartnershipForm({ existing }: { existing?: MyPartnership }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => draftOf(existing));
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notes = useApi('notes.list', {});
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) {
      setNameError(t('myPartnerships.nameMissing'));
      document.getElementById('partnership-name')?.focus();
      return;
    }
    setNameError(undefined);
    setBusy(true);
    setError(null);
    const fields = {
      name: draft.name,
      partners: draft.partners.filter((p) => p.name.trim()),
      periodStart: draft.periodStart || null,
      periodEnd: draft.periodEnd || null,
      targetGroup: draft.targetGroup,
      purpose: draft.purpose,
      // Only when the checkboxes changed: a note linked from the note editor meanwhile stays.
      ...(notesChanged(existing, draft.noteIds) ? { noteIds: draft.noteIds } : {}),
    };
    try {
      const saved = existing
        ? await call('partnerships.update', { id: existing.id, ...fields })
        : await call('partnerships.create', fields);
      navigate({ name: 'myPartnership', id: saved.id, tab: 'profile' });
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  const toggleNote = (id: string, on: boolean) =>
    set({ noteIds: on ? [...draft.noteIds, id] : draft.noteIds.filter((n) => n !== id) });

  return (
    <form className="partnership-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor="partnership-name">{t('myPartnerships.name')}</label>
        <input
          id="partnership-name"
          type="text"
          value={draft.name}
          maxLength={500}
          required
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'partnership-name-error' : undefined}
          onChange={(e) => set({ name: e.target.value })}
        />
        {nameError && (
          <p id="partnership-name-error" className="field-error">
            {nameError}
          </p>
        )}
      </div>
      <PartnerRows partners={draft.partners} onChange={(partners) => set({ partners })} />
      <div className="period-fields">
        <FormField label={t('myPartnerships.periodStart')}>
          {(field) => (
            <input
              {...field}
              type="date"
              value={draft.periodStart}
              onChange={(e) => set({ periodStart: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('myPartnerships.periodEnd')}>
          {(field) => (
            <input
              {...field}
              type="date"
              value={draft.periodEnd}
              onChange={(e) => set({ periodEnd: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <FormField label={t('myPartnerships.targetGroup')}>
        {(field) => (
          <input
            {...field}
            type="text"
            value={draft.targetGroup}
            onChange={(e) => set({ targetGroup: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('myPartnerships.purpose')}>
        {(field) => (
          <textarea
            {...field}
            rows={3}
            value={draft.purpose}
            onChange={(e) => set({ purpose: e.target.value })}
          />
        )}
      </FormField>
      {notes.status === 'ready' && notes.value.length > 0 && (
        <fieldset className="note-choices">
          <legend>{t('myPartnerships.notes')}</legend>
          <p className="field-hint">{t('myPartnerships.notesHint')}</p>
          <ul>
            {notes.value.map((note) => (
              <li key={note.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={draft.noteIds.includes(note.id)}
                    onChange={(e) => toggleNote(note.id, e.target.checked)}
                  />{' '}
                  {note.title}
                  {note.partnership && <span className="muted"> ({note.partnership})</span>}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div role="alert">{error && <p className="notice notice-error">{error}</p>}</div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {existing ? t('myPartnerships.save') : t('myPartnerships.create')}
        </button>
      </div>
    </form>
  );
}
