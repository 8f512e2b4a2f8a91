import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useViewer } from '../features/auth/viewer-context';
import { LogoutButton } from '../features/auth/logout-button';

/** A one-off message passed through navigation state, e.g. after a password change. */
interface NoticeState {
  notice?: string;
}

export function AppLayout() {
  const viewer = useViewer();
  const location = useLocation();
  const notice = (location.state as NoticeState | null)?.notice;
  const restricted = viewer.mustChangePassword;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            Roster
          </Link>
          {!restricted && (
            <nav aria-label="Main" className="app-nav">
              <NavLink to="/" end>
                Agents
              </NavLink>
            </nav>
          )}
          <div className="app-account">
            <span className="account-name" title={viewer.email}>
              {viewer.name}
              {viewer.isAdmin && <span className="badge badge-admin">Admin</span>}
            </span>
            {!restricted && <NavLink to="/change-password">Change password</NavLink>}
            <LogoutButton />
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {notice && (
          <p role="status" className="alert alert-success">
            {notice}
          </p>
        )}
        <Outlet />
      </main>
    </div>
  );
}
