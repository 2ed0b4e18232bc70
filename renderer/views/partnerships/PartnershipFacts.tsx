import type { PartnershipEntry } from '../../../shared/content/types';
import { useT } from '../../i18n';

export function PartnershipFacts({ partnership }: { partnership: PartnershipEntry }) {
  const t = useT('partnerships');
  return (
    <dl className="partnership-facts">
      <div>
        <dt>{t('place')}</dt>
        <dd lang="da">{partnership.place}</dd>
      </div>
      <div>
        <dt>{t('period')}</dt>
        <dd lang="da">{partnership.period}</dd>
      </div>
      <div>
        <dt>{t('targetGroup')}</dt>
        <dd lang="da">{partnership.targetGroup}</dd>
      </div>
      <div>
        <dt>{t('partners')}</dt>
        <dd lang="da">
          <ul>
            {partnership.partners.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}
