import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/viewer-context';
import { AgentsTable } from '../../agents/components/agents-table';
import { useDocumentTitle } from '../../../lib/use-document-title';

export function HomePage() {
  const { t } = useTranslation('home');
  useDocumentTitle(t('documentTitle'));
  const viewer = useViewer();
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('welcome', { name: viewer.name })}</h1>
        <p className="page-links">
          {viewer.isAdmin && <Link to="/admin">{t('adminLink')}</Link>}
          <Link to="/preferences">{t('preferencesLink')}</Link>
        </p>
      </header>
      <section aria-labelledby="agents-title" className="panel">
        <h2 id="agents-title">{t('agentsTitle')}</h2>
        <AgentsTable />
        <p className="panel-footer">
          <Trans i18nKey="agentsFooter" t={t} components={{ to: <Link to="/agents" /> }} />
        </p>
      </section>
    </section>
  );
}
