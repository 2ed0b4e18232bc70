// The handout basket: the handout being assembled, shared by every view that shows an "add to
// handout" button and by the handout view. It is persisted through the handouts.* API at once, so
// nothing collected is lost; the id of the current handout is remembered in localStorage.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import type {
  Handout,
  HandoutInput,
  HandoutItem,
  HandoutItemKind,
} from '../../shared/handout/types';
import { call } from '../api/client';
import { useT } from '../i18n';
import { useErrorText } from '../api/errorText';

export const CURRENT_HANDOUT_KEY = 'samspil.currentHandout';

export interface BasketState {
  /** The current handout, or null before anything was added (or while loading). */
  handout: Handout | null;
  loading: boolean;
  /** The message of the last failed basket operation, or null. */
  error: string | null;
  count: number;
  has(kind: HandoutItemKind, ref: string): boolean;
  add(kind: HandoutItemKind, ref: string): Promise<boolean>;
  remove(kind: HandoutItemKind, ref: string): Promise<boolean>;
  /** Replaces the item list (reorder, comments). */
  setItems(items: HandoutItem[]): Promise<boolean>;
  /** Updates title, subtitle or intro. */
  update(patch: Partial<Omit<HandoutInput, 'items'>>): Promise<boolean>;
  /** Makes a saved handout the current one. */
  open(id: string): Promise<boolean>;
  /** Starts a new, empty handout. */
  startNew(): Promise<boolean>;
  /** Forgets the current handout (after it was deleted elsewhere). */
  forget(): void;
}

const BasketContext = createContext<BasketState | null>(null);

function readStoredId(): string | null {
  try {
    return window.localStorage.getItem(CURRENT_HANDOUT_KEY);
  } catch {
    return null;
  }
}

function storeId(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(CURRENT_HANDOUT_KEY, id);
    else window.localStorage.removeItem(CURRENT_HANDOUT_KEY);
  } catch {
    // Storage can be unavailable (private mode); the basket still works for this session.
  }
}

const sameItem = (item: HandoutItem, kind: HandoutItemKind, ref: string): boolean =>
  item.kind === kind && item.ref === ref;

export function BasketProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const errorText = useErrorText();
  const [handout, setHandout] = useState<Handout | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // Writes run one after another, each on the latest saved handout, so fast clicks never race.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef<Handout | null>(null);

  const commit = useCallback((next: Handout | null) => {
    latest.current = next;
    setHandout(next);
    storeId(next?.id ?? null);
  }, []);

  useEffect(() => {
    const id = readStoredId();
    if (!id) {
      setLoading(false);
      return;
    }
    let live = true;
    call('handouts.get', { id })
      .then((h) => live && commit(h))
      .catch(() => live && commit(null))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [commit]);

  const enqueue = useCallback(
    (job: (current: Handout | null) => Promise<Handout | null>): Promise<boolean> => {
      const run = queue.current.then(async () => {
        try {
          commit(await job(latest.current));
          setError(null);
          return true;
        } catch (e) {
          setError(errorText(e));
          return false;
        }
      });
      queue.current = run;
      return run;
    },
    [commit, errorText],
  );

  const ensure = useCallback(
    async (current: Handout | null): Promise<Handout> =>
      current ?? (await call('handouts.create', { title: t('handout.defaultTitle'), items: [] })),
    [t],
  );

  const value = useMemo<BasketState>(() => {
    const items = handout?.items ?? [];
    return {
      handout,
      loading,
      error,
      count: items.length,
      has: (kind, ref) => items.some((i) => sameItem(i, kind, ref)),
      add: (kind, ref) =>
        enqueue(async (current) => {
          const h = await ensure(current);
          if (h.items.some((i) => sameItem(i, kind, ref))) return h;
          return call('handouts.update', {
            id: h.id,
            items: [...h.items, { kind, ref, comment: '' }],
          });
        }),
      remove: (kind, ref) =>
        enqueue(async (current) => {
          if (!current) return current;
          const rest = current.items.filter((i) => !sameItem(i, kind, ref));
          return call('handouts.update', { id: current.id, items: rest });
        }),
      setItems: (next) =>
        enqueue(async (current) => {
          const h = await ensure(current);
          // Show the new order at once; the saved copy replaces it when the write returns.
          commit({ ...h, items: next });
          return call('handouts.update', { id: h.id, items: next });
        }),
      update: (patch) =>
        enqueue(async (current) => {
          const h = await ensure(current);
          return call('handouts.update', { id: h.id, ...patch });
        }),
      open: (id) => enqueue(() => call('handouts.get', { id })),
      startNew: () =>
        enqueue(() => call('handouts.create', { title: t('handout.defaultTitle'), items: [] })),
      forget: () => commit(null),
    };
  }, [handout, loading, error, enqueue, ensure, commit, t]);

  return <BasketContext.Provider value={value}>{children}</BasketContext.Provider>;
}

export function useBasket(): BasketState {
  const basket = useContext(BasketContext);
  if (!basket) throw new Error('useBasket must be used inside <BasketProvider>');
  return basket;
}
