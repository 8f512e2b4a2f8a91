/** The admin screens this feature set provides, for the home page and the navigation. */
export const ADMIN_LINKS = [
  { to: '/invitations', label: 'Pending invitations' },
  { to: '/teams', label: 'Teams' },
  { to: '/departments', label: 'Departments' },
  { to: '/api-tokens', label: 'API tokens' },
  { to: '/license', label: 'License' },
  { to: '/outbox', label: 'Outbox' },
] as const;
