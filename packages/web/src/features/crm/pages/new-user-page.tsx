import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../auth/viewer-context';
import { NewUserForm } from '../components/new-user-form';
import { canPeople } from '../permissions';

/** /crm/users/new: the form for agents who may create users (people.create); a plain refusal for the others, before any form. */
export function NewUserPage() {
  const viewer = useViewer();
  return canPeople(viewer, 'create') ? <NewUserForm /> : <CannotCreateUsers />;
}

function CannotCreateUsers() {
  const { t } = useTranslation('crm');
  useDocumentTitle(t('newUser.documentTitle'));
  return (
    <section className="crm-record" aria-labelledby="crm-new-user-refused">
      <h2 id="crm-new-user-refused">{t('newUser.refusedTitle')}</h2>
      <p>{t('newUser.refusedText')}</p>
      <Link to="/crm">{t('newUser.backToUsers')}</Link>
    </section>
  );
}
