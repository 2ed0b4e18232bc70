import { Link } from '../../app/Link';
import { useT } from '../../i18n';
import { PageHeader } from './PageHeader';

export function NotFoundView({ path }: { path: string }) {
  const t = useT('common');
  return (
    <>
      <PageHeader title={t('notFoundTitle')} lead={t('notFoundBody', { path })} />
      <p>
        <Link to={{ name: 'home' }}>{t('notFoundHome')}</Link>
      </p>
    </>
  );
}
