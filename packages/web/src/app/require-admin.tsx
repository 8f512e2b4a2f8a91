import { Link, Outlet } from 'react-router';
import { useViewer } from '../features/auth/viewer-context';
import { useDocumentTitle } from '../lib/use-document-title';

/** Route guard for administrator pages: other agents get a clear refusal, not "Page not found". */
export function RequireAdmin() {
  const viewer = useViewer();
  return viewer.isAdmin ? <Outlet /> : <AdminOnlyPage />;
}

function AdminOnlyPage() {
  useDocumentTitle('Administrator access needed');
  return (
    <section className="page">
      <h1>You need administrator access</h1>
      <p>This page is for helpdesk administrators. If you need it, ask one of your administrators to give you administrator access.</p>
      <p>
        <Link to="/agents">Go to the agents list</Link>
      </p>
    </section>
  );
}
