import type { PreferenceFieldsFragment } from '../../gql/graphql';

// The agent whose preferences the preferences tests edit (form values and the form itself).

/** Ann, who may edit her own profile and ticket notifications; `over` changes what a test needs. */
export const preferencesAgent = (over: Partial<PreferenceFieldsFragment> = {}): PreferenceFieldsFragment => ({
  id: '7',
  name: 'Ann',
  alias: null,
  email: 'ann@example.com',
  phones: [],
  timezone: 'UTC',
  language: 'en',
  signature: null,
  canEditOwnTicketNotifications: true,
  isAdmin: false,
  effectivePermissions: ['profile.edit_own', 'profile.edit_own_ticket_notifications'],
  ticketNotifications: [],
  otherNotifications: [{ event: 'task.due', email: false, browser: true }],
  ...over,
});
