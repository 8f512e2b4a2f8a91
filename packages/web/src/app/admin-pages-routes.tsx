import type { RouteObject } from 'react-router';

// Admin screens (the router puts them behind RequireAdmin) and Preferences (every agent), each
// loaded lazily in its own chunk.
export const adminPageRoutes: RouteObject[] = [
  { path: 'admin', lazy: () => import('../features/admin-home/pages/admin-home-page').then((m) => ({ Component: m.AdminHomePage })) },
  {
    path: 'invitations',
    lazy: () => import('../features/invitations/pages/invitations-page').then((m) => ({ Component: m.InvitationsPage })),
  },
  {
    path: 'permission-groups',
    lazy: () => import('../features/permission-groups/pages/permission-groups-page').then((m) => ({ Component: m.PermissionGroupsPage })),
  },
  { path: 'teams', lazy: () => import('../features/teams/pages/teams-page').then((m) => ({ Component: m.TeamsPage })) },
  {
    path: 'departments',
    lazy: () => import('../features/departments/pages/departments-page').then((m) => ({ Component: m.DepartmentsPage })),
  },
  {
    path: 'business-units',
    lazy: () => import('../features/business-units/pages/business-units-page').then((m) => ({ Component: m.BusinessUnitsPage })),
  },
  {
    path: 'user-fields',
    lazy: () => import('../features/custom-fields/pages/user-fields-page').then((m) => ({ Component: m.UserFieldsPage })),
  },
  { path: 'api-tokens', lazy: () => import('../features/api-tokens/pages/api-tokens-page').then((m) => ({ Component: m.ApiTokensPage })) },
  { path: 'license', lazy: () => import('../features/license/pages/license-page').then((m) => ({ Component: m.LicensePage })) },
  { path: 'single-sign-on', lazy: () => import('../features/sso/pages/sso-page').then((m) => ({ Component: m.SsoPage })) },
  { path: 'audit', lazy: () => import('../features/audit/pages/audit-page').then((m) => ({ Component: m.AuditPage })) },
  { path: 'outbox', lazy: () => import('../features/outbox/pages/outbox-page').then((m) => ({ Component: m.OutboxPage })) },
];

export const preferencesRoute: RouteObject = {
  path: 'preferences',
  lazy: () => import('../features/preferences/pages/preferences-page').then((m) => ({ Component: m.PreferencesPage })),
};
