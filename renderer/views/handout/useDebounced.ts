// Runs the latest callback once typing pauses, and at once when flushed (blur, unmount, and the
// window being hidden or closed, so a pending save is not lost with it).
import { useCallback, useEffect, useMemo, useRef } from 'react';

export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delay: number,
): { schedule: (...args: A) => void; flush: () => void; cancel: () => void } {
  const latest = useRef(callback);
  const pending = useRef<{ timer: number; args: A } | null>(null);

  useEffect(() => {
    latest.current = callback;
  }, [callback]);

  const flush = useCallback(() => {
    const job = pending.current;
    if (!job) return;
    window.clearTimeout(job.timer);
    pending.current = null;
    latest.current(...job.args);
  }, []);

  const schedule = useCallback(
    (...args: A) => {
      if (pending.current) window.clearTimeout(pending.current.timer);
      pending.current = { timer: window.setTimeout(flush, delay), args };
    },
    [delay, flush],
  );

  const cancel = useCallback(() => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);
  return useMemo(() => ({ schedule, flush, cancel }), [schedule, flush, cancel]);
}
