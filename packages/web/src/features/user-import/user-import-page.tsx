import { Link } from 'react-router';
import { CsvImportPanel } from '../../components/csv-import/csv-import-panel';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useViewer } from '../auth/viewer-context';
import { canPeople } from '../crm/permissions';
import { USER_IMPORT } from './user-import-kind';
import { PageHeader } from '../../components/page-header';
import { Plus } from 'lucide-react';

/** The API's CSV export of every user the agent may view, in the import's columns (GET with the session cookie). */
export const USERS_CSV_URL = '/exports/users.csv';

/** /crm/import: export the users as CSV (people.view), and import a CSV of users (people.create) with preview, progress and summary. */
export function UserImportPage() {
  const viewer = useViewer();
  useDocumentTitle('Import and export users');
  const canView = canPeople(viewer, 'view');
  const canImport = canPeople(viewer, 'create');
  return (
    <section className="page page-form">
      <PageHeader
        title="Import and export users"
        breadcrumb={[{ to: '/crm', label: 'Users' }]}
        actions={
          canImport && (
            <Link to="/crm/users/new" className="button button-secondary">
              <Plus aria-hidden="true" />
              New user
            </Link>
          )
        }
      />
      {!canView && !canImport && (
        <p role="alert" className="alert alert-error">
          Importing and exporting users needs the “View users” and “Create users” permissions. Ask one of your administrators for them.
        </p>
      )}
      {canView && (
        <section className="panel" aria-labelledby="user-export-title">
          <h2 id="user-export-title">Export</h2>
          <p>Every user you can see, one per row, in the columns the import reads: edit the file and import it again to update them.</p>
          <a href={USERS_CSV_URL} download="users.csv" className="button button-secondary">
            Export CSV
          </a>
        </section>
      )}
      {canImport && (
        <section className="panel">
          <CsvImportPanel
            kind={USER_IMPORT}
            intro={
              <p>
                One user per row with Name and Email (several addresses separated by <code>;</code>, the first is the primary one), and
                optionally Organization, Usergroups, Phone, Website, Twitter, LinkedIn, Facebook, Address, Timezone, Language, Summary and
                Auto Responder (Yes or No). Existing users are found by their email addresses. Preview the file to see what each row would
                do before anything is written.{' '}
                <a href="/imports/users/template.csv" download>
                  Download the CSV template
                </a>
                .
              </p>
            }
          />
        </section>
      )}
    </section>
  );
}
