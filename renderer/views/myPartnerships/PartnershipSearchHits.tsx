// The user's partnerships and assessment comments that match the search, shown with the search
// results (partnerships are few, so they are listed apart rather than ranked into the list).
import type { PartnershipSearchHit } from '../../../shared/partnerships/searchPartnerships';
import { useApi } from '../../api/useApi';
import { useContent } from '../../app/ContentProvider';
import { Link } from '../../app/Link';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { Highlighted } from '../search/Highlighted';
import './myPartnerships.css';

const FIELD_LABEL: Record<PartnershipSearchHit['matches'][number]['field'], MessageKey> = {
  name: 'myPartnerships.name',
  partner: 'myPartnerships.partners',
  about: 'myPartnerships.purpose',
  comment: 'myPartnerships.comment',
};

export function PartnershipSearchHits({ q }: { q: string }) {
  const t = useT();
  const content = useContent();
  const hits = useApi('partnerships.search', { q, limit: 20 });
  if (hits.status !== 'ready' || hits.value.length === 0) return null;
  const factorTitle = (id: string | null) =>
    id && content.status === 'ready' ? content.value.get('factor', id)?.title : undefined;
  return (
    <section className="partnership-hits" aria-labelledby="partnership-hits-heading">
      <h3 id="partnership-hits-heading">
        {t('myPartnerships.searchHeading', { count: hits.value.length })}
      </h3>
      <ul>
        {hits.value.map((hit) => (
          <li key={hit.partnershipId} data-partnership-hit={hit.partnershipId}>
            <Link to={{ name: 'myPartnership', id: hit.partnershipId, tab: 'profile' }}>
              {hit.name}
            </Link>
            <ul className="partnership-hit-matches">
              {hit.matches
                .filter((m) => m.field !== 'name')
                .slice(0, 3)
                .map((m, i) => (
                  <li key={i}>
                    <span className="muted">
                      {t(FIELD_LABEL[m.field])}
                      {factorTitle(m.factorId) && (
                        <>
                          {' '}
                          (<span lang="da">{factorTitle(m.factorId)}</span>)
                        </>
                      )}
                      :{' '}
                    </span>
                    <Highlighted text={m.snippet} spans={m.spans} />
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
