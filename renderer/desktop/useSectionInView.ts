// Which section of a long page the reader is in: the last one whose heading has passed under the
// sticky header. Used to mark the current entry of a contents list while scrolling.
import { useEffect, useState } from 'react';

/** The band under the sticky header in which a heading counts as "reached". */
const REACHED_PX = 140;

export function currentSection(
  tops: { id: string; top: number }[],
  reached: number,
): string | null {
  let current: string | null = tops[0]?.id ?? null;
  for (const { id, top } of tops) if (top <= reached) current = id;
  return current;
}

/** `elementIds` in page order; returns the id of the one the reader is in. */
export function useSectionInView(elementIds: string[]): string | null {
  const [current, setCurrent] = useState<string | null>(elementIds[0] ?? null);
  const key = elementIds.join('|');

  useEffect(() => {
    const ids = key ? key.split('|') : [];
    let frame = 0;
    const measure = () => {
      frame = 0;
      const tops = ids.flatMap((id) => {
        const el = document.getElementById(id);
        return el ? [{ id, top: el.getBoundingClientRect().top }] : [];
      });
      // At the very end of the page the last section counts, even if its heading is low.
      const atEnd =
        window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      setCurrent(
        atEnd && tops.length > 0 ? (tops.at(-1)?.id ?? null) : currentSection(tops, REACHED_PX),
      );
    };
    const onScroll = () => {
      if (!frame) frame = window.requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [key]);

  return current;
}
