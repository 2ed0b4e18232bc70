// The edit page's "Slet partnerskabet": the confirmation says how many assessments and notes the
// deletion concerns (counted by the store when asked), the store takes a backup and moves the
// partnership to the trash, and the window's undo (toast, Ctrl+Z, Rediger → Fortryd) brings it
// back. Focus: the confirmation takes it on its safe choice; a cancel returns it to the button.
import { useRef, useState } from 'react';
import type { DeletionImpact, MyPartnership } from '../../../shared/partnerships/types';
import { call } from '../../api/client';
import { useErrorText } from '../../api/errorText';
import { navigate } from '../../app/useRoute';
import { useT } from '../../i18n';
import { pushUndo } from '../../undo/undoStack';
import { ConfirmBox } from '../shared/ConfirmBox';
import { announcePartnershipsChanged } from './partnershipsChanged';

type Mode =
  { kind: 'idle' } | { kind: 'checking' } | { kind: 'confirming'; impact: DeletionImpact };

function offerUndo(id: string, message: string): void {
  pushUndo({
    message,
    undo: async () => {
      await call('partnerships.undelete', { id });
      announcePartnershipsChanged();
      return () =>
        document.querySelector<HTMLElement>(`[data-partnership-link="${CSS.escape(id)}"]`);
    },
  });
}

export function DeletePartnership({ partnership: p }: { partnership: MyPartnership }) {
  const t = useT('partnershipLinks');
  const errorText = useErrorText();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  const open = async () => {
    if (mode.kind !== 'idle') return;
    setError(null);
    setMode({ kind: 'checking' });
    try {
      setMode({
        kind: 'confirming',
        impact: await call('partnerships.deletionImpact', { id: p.id }),
      });
    } catch (e) {
      setMode({ kind: 'idle' });
      setError(t('deleteFailed', { message: errorText(e) }));
    }
  };

  const confirm = async () => {
    try {
      const done = await call('partnerships.delete', { id: p.id, confirm: true });
      offerUndo(p.id, t('deleted', { name: done.name }));
      navigate({ name: 'myPartnerships' });
    } catch (e) {
      setMode({ kind: 'idle' });
      setError(t('deleteFailed', { message: errorText(e) }));
      window.requestAnimationFrame(() => openRef.current?.focus());
    }
  };

  const text = (impact: DeletionImpact) =>
    [
      t('deleteConfirmIntro', { name: impact.name }),
      impact.assessments === 0
        ? t('deleteAssessmentsNone')
        : t('deleteAssessments', { count: impact.assessments }),
      impact.notes === 0 ? t('deleteNotesNone') : t('deleteNotes', { count: impact.notes }),
      t('deleteSafety'),
    ].join(' ');

  return (
    <section className="partnership-delete" aria-labelledby="partnership-delete-heading">
      <h2 id="partnership-delete-heading">{t('deleteHeading')}</h2>
      <p>{t('deleteLead')}</p>
      {mode.kind === 'confirming' ? (
        <ConfirmBox
          label={t('deleteLabel', { name: mode.impact.name })}
          text={text(mode.impact)}
          confirmLabel={t('deleteConfirm')}
          cancelLabel={t('deleteCancel')}
          onConfirm={() => void confirm()}
          onCancel={() => setMode({ kind: 'idle' })}
          opener={() => openRef.current}
        />
      ) : (
        <button
          ref={openRef}
          type="button"
          className="button button-danger"
          aria-busy={mode.kind === 'checking' ? true : undefined}
          onClick={() => void open()}
        >
          {mode.kind === 'checking' ? t('deleteChecking') : t('deleteOpen')}
        </button>
      )}
      <div role="alert">{error && <p className="notice notice-error">{error}</p>}</div>
    </section>
  );
}
