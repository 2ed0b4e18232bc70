// Where a quote stands: its theme, and the report section it is quoted in, linked to the passage.
import type { QuoteEntry } from '../../../shared/content/types';
import type { ContentIndex } from '../../app/contentIndex';
import { Link } from '../../app/Link';
import { useT } from '../../i18n';

export function QuoteContext({ quote, index }: { quote: QuoteEntry; index: ContentIndex }) {
  const t = useT('desktop');
  const section = index.sections.get(`${quote.partnership}/${quote.section}`);
  return (
    <dl className="quote-context">
      <div>
        <dt>{t('quoteContextTheme')}</dt>
        <dd lang="da">{quote.theme}</dd>
      </div>
      {section && (
        <div>
          <dt>{t('quoteContextSection')}</dt>
          <dd>
            <Link
              to={{ name: 'partnership', id: quote.partnership, section: quote.section }}
              aria-label={t('quoteContextLink', { section: section.heading })}
              lang="da"
            >
              {section.heading}
            </Link>
          </dd>
        </div>
      )}
    </dl>
  );
}
