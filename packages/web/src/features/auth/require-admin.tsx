import { Outlet } from 'react-router';
import { useViewer } from './viewer-context';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Route guard for admin screens: a non-admin sees why, not "Page not found". */
export function RequireAdmin() {
  const viewer = useViewer();
  if (viewer.isAdmin) return <Outlet />;
  return <AdminOnly />;
}

function AdminOnly() {
  useDocumentTitle('Administrator access needed');
  return (
    <section className="page page-narrow" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">You need administrator access</h1>
      <p className="page-intro">This page is for helpdesk administrators. Ask an administrator if you need something changed here.</p>
    </section>
  );
}
