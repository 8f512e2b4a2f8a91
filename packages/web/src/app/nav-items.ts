export interface NavItem {
  to: string;
  label: string;
  /** A short line for the "coming next" placeholder of sections not built yet. */
  summary: string;
  /** Shown only to agents whose effective permissions include it. */
  permission?: string;
}

/** Everyone's sections. */
export const MAIN_NAV: NavItem[] = [
  { to: '/', label: 'Home', summary: '' },
  { to: '/crm', label: 'Users', summary: '', permission: 'people.view' },
  { to: '/agents', label: 'Agents', summary: '' },
  { to: '/preferences', label: 'Preferences', summary: '' },
];

/** Administrator sections: hidden from other agents and guarded by RequireAdmin. */
export const ADMIN_NAV: NavItem[] = [
  { to: '/admin', label: 'Admin home', summary: 'Seats, the quick invite and the administrators.' },
  { to: '/invitations', label: 'Invitations', summary: 'Pending invitations: who invited whom and when, expiry, resend and revoke.' },
  {
    to: '/permission-groups',
    label: 'Permission groups',
    summary: 'Groups of permissions as a matrix; create, edit, copy and delete custom groups.',
  },
  { to: '/teams', label: 'Teams', summary: 'Create, rename and delete teams and choose their members.' },
  { to: '/departments', label: 'Departments', summary: 'Create, rename and delete departments.' },
  { to: '/user-fields', label: 'User fields', summary: 'Custom properties of users: text, number, date, dropdown and checkbox fields.' },
  { to: '/api-tokens', label: 'API tokens', summary: 'Scoped tokens for third parties: create, see when each was last used, revoke.' },
  { to: '/license', label: 'License', summary: 'Seats in use, pending invitations and the seats left.' },
  { to: '/outbox', label: 'Outbox', summary: 'Outgoing email: see failed messages and retry them.' },
];
