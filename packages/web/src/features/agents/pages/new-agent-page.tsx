import { useState } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { NewAgentForm, type CreatedAgent } from '../components/new-agent-form';
import { AgentCreated } from '../components/agent-created';

export function NewAgentPage() {
  useDocumentTitle('New agent');
  // Kept in memory only: the temporary password must not survive a reload or sit in history.
  const [created, setCreated] = useState<CreatedAgent | null>(null);
  return (
    <section className="page page-form">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to="/agents">Agents</Link> / New agent
        </p>
        <h1>New agent</h1>
        <p className="page-intro">
          The agent takes one license seat. To add many at once, use <Link to="/agents/bulk">Bulk add</Link>.
        </p>
      </header>
      {created ? <AgentCreated agent={created} onAnother={() => setCreated(null)} /> : <NewAgentForm onCreated={setCreated} />}
    </section>
  );
}
