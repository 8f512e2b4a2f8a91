import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('userImport');
  useDocumentTitle(t('title'));
  const canView = canPeople(viewer, 'view');
  const canImport = canPeople(viewer, 'create');
  return (
    <section className="page page-form">
      <PageHeader
        title={t('title')}
        breadcrumb={[{ to: '/crm', label: t('users') }]}
        actions={
          canImport && (
            <Link to="/crm/users/new" className="button button-secondary">
              <Plus aria-hidden="true" />
              {t('newUser')}
            </Link>
          )
        }
      />
      {!canView && !canImport && (
        <p role="alert" className="alert alert-error">
          {t('noAccess')}
        </p>
      )}
      {canView && (
        <section className="panel" aria-labelledby="user-export-title">
          <h2 id="user-export-title">{t('exportTitle')}</h2>
          <p>{t('exportBody')}</p>
          <a href={USERS_CSV_URL} download="users.csv" className="button button-secondary">
            {t('exportCsv')}
          </a>
        </section>
      )}
      {canImport && (
        <section className="panel">
          <CsvImportPanel
            kind={USER_IMPORT}
            intro={
              <p>
                <Trans i18nKey="intro" t={t} components={{ code: <code />, template: <a href="/imports/users/template.csv" download /> }} />
              </p>
            }
          />
        </section>
      )}
    </section>
  );
}
