// The note form's draft in the store: written shortly after typing pauses (and at once when the
// form goes away or the window is hidden), so navigation, closing or a crash keeps it. A draft
// found when the form opens is offered (Fortsæt kladden / Kassér) before anything overwrites it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft as StoredDraft } from '../../../shared/drafts';
import { call } from '../../api/client';
import { useErrorText } from '../../api/errorText';
import { useDebouncedCallback } from '../handout/useDebounced';
import type { Draft } from './noteDraft';

const DRAFT_DELAY_MS = 300;

export type DraftOffer = { draft: Draft; savedAt: string };

export interface NoteDraftState {
  /** 'checking' until the store has answered; then a found draft, or null. */
  offer: DraftOffer | null | 'checking';
  /** The time the store last acknowledged the draft, or null. */
  keptAt: string | null;
  error: string | null;
  keep(draft: Draft): void;
  /** Takes the offered draft into the form. */
  resume(): Draft | null;
  /** Deletes the stored draft (the offer's Kassér, or after a successful save). */
  discard(): Promise<void>;
}

export const draftKeyOf = (noteId: string | undefined) => `note:${noteId ?? 'new'}`;

const parse = (stored: StoredDraft): Draft | null => {
  try {
    return JSON.parse(stored.value) as Draft;
  } catch {
    return null;
  }
};

export function useNoteDraft(key: string, saved: Draft): NoteDraftState {
  const [offer, setOffer] = useState<DraftOffer | null | 'checking'>('checking');
  const [keptAt, setKeptAt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorText();
  const savedJson = JSON.stringify(saved);
  // Set once the draft is discarded (Kassér, or a save): a late answer offers nothing then.
  const settled = useRef(false);

  useEffect(() => {
    let live = true;
    call('drafts.get', { key }).then(
      (stored) => {
        if (!live || settled.current) return;
        // A draft kept by an older version lacks later fields: those come from the saved note.
        const found = stored && parse(stored);
        const draft = found && { ...saved, ...found };
        // A draft that equals the saved note is no unsaved work.
        const differs = draft && JSON.stringify(draft) !== savedJson;
        setOffer(differs && stored ? { draft, savedAt: stored.updatedAt } : null);
      },
      (e: unknown) => {
        if (!live) return;
        setError(errorText(e));
        setOffer(null);
      },
    );
    return () => {
      live = false;
    };
    // Only when the form opens: later saves change `saved` without a new offer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const write = useDebouncedCallback((draft: Draft) => {
    call('drafts.put', { key, value: JSON.stringify(draft) }).then(
      (stored) => {
        setKeptAt(stored.updatedAt);
        setError(null);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, DRAFT_DELAY_MS);

  const keep = useCallback(
    (draft: Draft) => {
      if (JSON.stringify(draft) === savedJson) write.cancel();
      else write.schedule(draft);
    },
    [savedJson, write],
  );

  const resume = () => {
    const found = offer !== 'checking' ? offer : null;
    setOffer(null);
    return found?.draft ?? null;
  };

  const discard = useCallback(async () => {
    settled.current = true;
    write.cancel();
    setOffer(null);
    setKeptAt(null);
    await call('drafts.discard', { key });
  }, [key, write]);

  return { offer, keptAt, error, keep, resume, discard };
}
