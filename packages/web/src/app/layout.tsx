import { Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useToast } from '../components/toast';
import { useViewer } from '../features/auth/viewer-context';
import { Avatar } from '../components/avatar';
import { LogoutButton } from '../features/auth/logout-button';
import { ADMIN_NAV, MAIN_NAV, type NavItem } from './nav-items';
import { LockKeyhole, Menu } from 'lucide-react';
import { LogoMark } from './logo-mark';
import { useTranslation } from 'react-i18next';

// The header's account links fold into the menu on narrow windows.
const ACCOUNT_NAV: NavItem[] = [{ to: '/change-password', icon: LockKeyhole, key: 'changePassword' }];

/** A one-off message passed through navigation state, e.g. after a password change. */
interface NoticeState {
  notice?: string;
}

function NavList({ items, onNavigate, className = 'nav-list' }: { items: NavItem[]; onNavigate: () => void; className?: string }) {
  const { t } = useTranslation('app');
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.to === '/'} onClick={onNavigate}>
            {item.icon && <item.icon aria-hidden="true" />}
            {t(`nav.${item.key}`)}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

export function AppLayout() {
  const { t } = useTranslation('app');
  const { t: tc } = useTranslation('common');
  const viewer = useViewer();
  const location = useLocation();
  const notice = (location.state as NoticeState | null)?.notice;
  const toast = useToast();
  const navigate = useNavigate();
  useEffect(() => {
    // A notice handed over by a navigation ("… was deleted") is a toast, shown once: a reload does not repeat it.
    if (!notice) return;
    toast.success(notice);
    void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
  }, [notice, toast, navigate, location.pathname, location.search, location.hash]);
  const restricted = viewer.mustChangePassword;
  // The sidebar folds behind a Menu button on narrow windows.
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = () => setMenuOpen(false);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          {!restricted && (
            <button
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="app-sidebar"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <Menu aria-hidden="true" />
              {t('menu')}
            </button>
          )}
          <Link to="/" className="brand">
            <LogoMark />
            Roster
          </Link>
          <div className="app-account">
            <span className="account-name person" title={viewer.email}>
              <Avatar id={viewer.id} name={viewer.name} email={viewer.email} size="sm" src={viewer.avatarUrl} />
              {viewer.name}
              {viewer.isAdmin && <span className="badge badge-admin">{t('adminBadge')}</span>}
            </span>
            {!restricted && (
              <NavLink to="/change-password" className="account-link">
                {t('changePassword')}
              </NavLink>
            )}
            <LogoutButton />
          </div>
        </div>
      </header>
      <div className={restricted ? 'app-body app-body-plain' : 'app-body'}>
        {!restricted && (
          <nav id="app-sidebar" aria-label={t('mainNavigation')} className="app-sidebar" data-open={menuOpen}>
            <NavList
              items={MAIN_NAV.filter((item) => !item.permission || viewer.effectivePermissions.includes(item.permission))}
              onNavigate={closeMenu}
            />
            {viewer.isAdmin && (
              <>
                <h2 className="nav-heading" id="nav-admin">
                  {t('administration')}
                </h2>
                <NavList items={ADMIN_NAV} onNavigate={closeMenu} />
              </>
            )}
            <NavList items={ACCOUNT_NAV} onNavigate={closeMenu} className="nav-list nav-narrow-only" />
          </nav>
        )}
        <main id="main" className="app-main" tabIndex={-1}>
          {/* A screen whose messages are still loading (react-i18next suspends it). */}
          <Suspense
            fallback={
              <p className="page-status" role="status">
                {tc('loading')}
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
