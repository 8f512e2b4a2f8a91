import { Link } from 'react-router';
import { useViewer } from '../../auth/viewer-context';
import { AgentsTable } from '../../agents/components/agents-table';
import { useDocumentTitle } from '../../../lib/use-document-title';

export function HomePage() {
  useDocumentTitle('Home');
  const viewer = useViewer();
  return (
    <section className="page">
      <header className="page-header">
        <h1>Welcome, {viewer.name}</h1>
        <p className="page-links">
          {viewer.isAdmin && <Link to="/admin">Admin: seats, invitations, teams and more</Link>}
          <Link to="/preferences">Your preferences</Link>
        </p>
      </header>
      <section aria-labelledby="agents-title" className="panel">
        <h2 id="agents-title">Agents</h2>
        <AgentsTable />
        <p className="panel-footer">
          <Link to="/agents">Open the agents list</Link> to search, filter and open agents.
        </p>
      </section>
    </section>
  );
}
