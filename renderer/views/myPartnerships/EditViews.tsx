// Creating and editing a partnership: the same form, in the frame of the list or of the partnership.
import { useT } from '../../i18n';
import { Link } from '../../app/Link';
import { PageHeader } from '../layout/PageHeader';
import { DeletePartnership } from './DeletePartnership';
import { PartnershipForm } from './PartnershipForm';
import { PartnershipFrame } from './PartnershipFrame';
import '../notes/forms.css';
import './myPartnerships.css';

export function NewPartnershipView() {
  const t = useT();
  return (
    <div className="my-partnership">
      <PageHeader
        kicker={<Link to={{ name: 'myPartnerships' }}>{t('myPartnerships.title')}</Link>}
        title={t('myPartnerships.new')}
        lead={t('myPartnerships.newIntro')}
      />
      <PartnershipForm />
    </div>
  );
}

export function EditPartnershipView({ id }: { id: string }) {
  return (
    <PartnershipFrame id={id} tab="edit">
      {(partnership) => (
        <>
          <PartnershipForm key={partnership.updatedAt} existing={partnership} />
          <DeletePartnership partnership={partnership} />
        </>
      )}
    </PartnershipFrame>
  );
}
