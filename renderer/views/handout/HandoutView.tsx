// Handout: the basket's items, ordered and commented, with title and introduction, a live print
// preview, export to PDF/DOCX/Markdown/HTML, and the saved handouts.
import { useMemo } from 'react';
import { useApi } from '../../api/useApi';
import { useContent } from '../../app/ContentProvider';
import { Link } from '../../app/Link';
import { useBasket } from '../../handout/BasketProvider';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { HandoutDetails } from './HandoutDetails';
import { HandoutToolbar } from './HandoutToolbar';
import { HandoutItems } from './HandoutItems';
import { HandoutPreview } from './HandoutPreview';
import { SavedHandouts } from './SavedHandouts';
import '../notes/forms.css';
import './handout.css';

export function HandoutView() {
  const t = useT('handout');
  const basket = useBasket();
  const content = useContent();
  const notes = useApi('notes.list', {});
  const noteMap = useMemo(
    () => new Map(notes.status === 'ready' ? notes.value.map((n) => [n.id, n]) : []),
    [notes],
  );
  const handout = basket.handout;

  let body;
  if (basket.loading || content.status === 'loading') body = <Loading />;
  else if (content.status === 'error')
    body = <ErrorState error={content.error} onRetry={content.reload} />;
  else if (!handout || handout.items.length === 0)
    body = (
      <>
        {handout && <HandoutDetails key={handout.id} handout={handout} />}
        <div className="status handout-empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <div className="button-row">
            <Link className="button" to={{ name: 'quotes', filters: {} }}>
              {t('emptyBrowseQuotes')}
            </Link>
            <Link className="button" to={{ name: 'factors' }}>
              {t('emptyBrowseFactors')}
            </Link>
          </div>
        </div>
      </>
    );
  else
    body = (
      <div className="handout-layout">
        <HandoutToolbar handout={handout} />
        <div className="handout-editor">
          <HandoutDetails key={handout.id} handout={handout} />
          <HandoutItems
            key={`items-${handout.id}`}
            handout={handout}
            content={content.value}
            notes={noteMap}
          />
        </div>
        <HandoutPreview handout={handout} />
      </div>
    );

  return (
    <div className="handout-view">
      <PageHeader title={t('title')} lead={t('intro')} />
      {basket.error && (
        <p className="notice notice-error" role="alert">
          {t('basketError', { message: basket.error })}
        </p>
      )}
      {body}
      <SavedHandouts />
    </div>
  );
}
