// A note's factor tags; ids the current content does not know show as "ukendt faktor".
import type { ContentIndex } from '../../app/contentIndex';
import { Link } from '../../app/Link';
import { useT } from '../../i18n';

export function NoteFactorTags({ ids, content }: { ids: string[]; content: ContentIndex }) {
  const t = useT('notes');
  if (ids.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t('fieldFactors')}>
      {ids.map((id) => {
        const factor = content.get('factor', id);
        return (
          <li key={id}>
            {factor ? (
              <Link className="tag" to={{ name: 'factor', id }}>
                {factor.title}
              </Link>
            ) : (
              <span className="tag tag-unknown" title={t('unknownFactorTitle', { id })}>
                {t('unknownFactor')}
                <span className="visually-hidden"> ({id})</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
