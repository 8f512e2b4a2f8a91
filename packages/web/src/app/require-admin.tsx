import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/auth/viewer-context';
import { useDocumentTitle } from '../lib/use-document-title';

/** Route guard for administrator pages: other agents get a clear refusal, not "Page not found". */
export function RequireAdmin() {
  const viewer = useViewer();
  return viewer.isAdmin ? <Outlet /> : <AdminOnlyPage />;
}

function AdminOnlyPage() {
  const { t } = useTranslation('app');
  useDocumentTitle(t('adminOnly.documentTitle'));
  return (
    <section className="page">
      <h1>{t('adminOnly.title')}</h1>
      <p>{t('adminOnly.body')}</p>
      <p>
        <Link to="/agents">{t('adminOnly.toAgents')}</Link>
      </p>
    </section>
  );
}
