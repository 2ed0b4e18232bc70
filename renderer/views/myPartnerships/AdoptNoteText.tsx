// Brings in, on request, the free-text partnership field of notes written since: a known name
// links the note, new text becomes a partnership. Reported like an import.
import { useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n';

export function AdoptNoteText({ onDone }: { onDone: () => void }) {
  const t = useT('myPartnerships');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const report = await call('partnerships.adoptNoteText', {});
      setOutcome({
        ok: true,
        text: t('adoptDone', { added: report.added, linked: report.notesLinked }),
      });
      onDone();
    } catch (e) {
      setOutcome({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card transfer" aria-labelledby="adopt-heading">
      <h2 id="adopt-heading">{t('adoptHeading')}</h2>
      <p className="muted">{t('adoptHelp')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {t('adoptRun')}
      </button>
      <div role="status" aria-live="polite">
        {outcome?.ok && <p className="notice notice-success">{outcome.text}</p>}
      </div>
      <div role="alert">
        {outcome && !outcome.ok && <p className="notice notice-error">{outcome.text}</p>}
      </div>
    </section>
  );
}
