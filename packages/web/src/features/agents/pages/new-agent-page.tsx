import { useState } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { NewAgentForm, type CreatedAgent } from '../components/new-agent-form';
import { AgentCreated } from '../components/agent-created';
import { PageHeader } from '../../../components/page-header';
import { Users } from 'lucide-react';

export function NewAgentPage() {
  useDocumentTitle('New agent');
  // Kept in memory only: the temporary password must not survive a reload or sit in history.
  const [created, setCreated] = useState<CreatedAgent | null>(null);
  return (
    <section className="page page-form">
      <PageHeader
        title="New agent"
        breadcrumb={[{ to: '/agents', label: 'Agents' }]}
        intro="Takes one license seat."
        actions={
          <Link to="/agents/bulk" className="button button-secondary">
            <Users aria-hidden="true" />
            Bulk add
          </Link>
        }
      />
      {created ? <AgentCreated agent={created} onAnother={() => setCreated(null)} /> : <NewAgentForm onCreated={setCreated} />}
    </section>
  );
}
