import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { NewAgentForm, type CreatedAgent } from '../components/new-agent-form';
import { AgentCreated } from '../components/agent-created';
import { PageHeader } from '../../../components/page-header';
import { Users } from 'lucide-react';

export function NewAgentPage() {
  const { t } = useTranslation('agents');
  useDocumentTitle(t('shared.newAgent'));
  // Kept in memory only: the temporary password must not survive a reload or sit in history.
  const [created, setCreated] = useState<CreatedAgent | null>(null);
  return (
    <section className="page page-form">
      <PageHeader
        title={t('shared.newAgent')}
        breadcrumb={[{ to: '/agents', label: t('shared.agents') }]}
        intro={t('newAgent.intro')}
        actions={
          <Link to="/agents/bulk" className="button button-secondary">
            <Users aria-hidden="true" />
            {t('newAgent.bulkAdd')}
          </Link>
        }
      />
      {created ? <AgentCreated agent={created} onAnother={() => setCreated(null)} /> : <NewAgentForm onCreated={setCreated} />}
    </section>
  );
}
