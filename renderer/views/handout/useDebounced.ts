// Runs the latest callback once typing pauses, and at once when flushed (blur, unmount).
import { useCallback, useEffect, useRef } from 'react';

export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delay: number,
): { schedule: (...args: A) => void; flush: () => void } {
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

  useEffect(() => flush, [flush]);
  return { schedule, flush };
}
