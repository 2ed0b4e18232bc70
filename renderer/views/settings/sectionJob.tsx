// A settings section's one action at a time: what it is doing (busy), then what came of it, said
// politely (success) or as an alert (failure) in the interface language.
import { useState } from 'react';
import { useErrorText } from '../../api/errorText';

export type SectionMessage = { text: string; error: boolean };

export interface SectionJob {
  busy: string | null;
  message: SectionMessage | null;
  setMessage(message: SectionMessage | null): void;
  /** Runs `job` under the `label`; its text is the success message, `failure` words an error. */
  run(label: string, job: () => Promise<string>, failure: (m: string) => string): Promise<void>;
}

export function useSectionJob(after?: () => void): SectionJob {
  const errorText = useErrorText();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<SectionMessage | null>(null);
  const run: SectionJob['run'] = async (label, job, failure) => {
    setBusy(label);
    setMessage(null);
    try {
      setMessage({ text: await job(), error: false });
    } catch (e) {
      setMessage({ text: failure(errorText(e)), error: true });
    } finally {
      setBusy(null);
      after?.();
    }
  };
  return { busy, message, setMessage, run };
}

/** The busy line and the outcome of a section's job. */
export function SectionJobMessages({ job }: { job: Pick<SectionJob, 'busy' | 'message'> }) {
  const { busy, message } = job;
  return (
    <>
      <div role="status" aria-live="polite">
        {busy && <p className="muted settings-message">{busy}</p>}
        {message && !message.error && <p className="notice notice-success">{message.text}</p>}
      </div>
      <div role="alert">
        {message?.error && <p className="notice notice-error">{message.text}</p>}
      </div>
    </>
  );
}
