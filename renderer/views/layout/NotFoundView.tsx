// A page that is not there: a heading (also the window title), what is missing, and a way back.
import { Link } from '../../app/Link';
import type { Route } from '../../app/router';
import { useT } from '../../i18n';
import { PageHeader } from './PageHeader';

type Props =
  | { path: string; title?: undefined }
  | { title: string; body: string; back: { to: Route; label: string }; path?: undefined };

export function NotFoundView(props: Props) {
  const t = useT('common');
  const title = props.title ?? t('notFoundTitle');
  const body = props.title !== undefined ? props.body : t('notFoundBody', { path: props.path });
  const back =
    props.title !== undefined
      ? props.back
      : { to: { name: 'home' } as Route, label: t('notFoundHome') };
  return (
    <div className="not-found">
      <PageHeader title={title} lead={body} />
      <p>
        <Link to={back.to} className="button">
          {back.label}
        </Link>
      </p>
    </div>
  );
}
