import type { Span } from '../../../shared/search/types';
import { segmentsOf } from './highlight';

export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  return (
    <>
      {segmentsOf(text, spans).map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
