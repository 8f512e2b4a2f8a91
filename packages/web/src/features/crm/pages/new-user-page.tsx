import { Link } from 'react-router';
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
  useDocumentTitle('New user · Users');
  return (
    <section className="crm-record" aria-labelledby="crm-new-user-refused">
      <h2 id="crm-new-user-refused">You cannot create users</h2>
      <p>Ask an administrator if you need to.</p>
      <Link to="/crm">Back to users</Link>
    </section>
  );
}
