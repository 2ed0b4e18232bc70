// A list of quotes, each shown whole with its speaker and source (the quotes page, a factor's and
// a lesson's quotes).
import type { QuoteEntry } from '../../../shared/content/types';
import { QuoteBlock, type QuoteBlockProps } from './QuoteBlock';

export function QuoteList({
  quotes,
  ...shown
}: { quotes: QuoteEntry[] } & Omit<QuoteBlockProps, 'quote'>) {
  return (
    <ul className="quote-list">
      {quotes.map((quote) => (
        <li key={quote.id}>
          <QuoteBlock quote={quote} {...shown} />
        </li>
      ))}
    </ul>
  );
}
