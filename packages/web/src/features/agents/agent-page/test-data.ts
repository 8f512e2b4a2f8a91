// Shared fixtures of the agent page's unit tests.
import type { AgentDetails, PageCatalogs } from './agent-page-types';

export function agentDetails(over: Partial<AgentDetails> = {}): AgentDetails {
  return {
    __typename: 'Agent',
    id: '5',
    name: 'Pat Perms',
    alias: null,
    email: 'pat@example.com',
    extraEmails: [],
    phones: [],
    timezone: 'UTC',
    language: 'en',
    businessUnit: null,
    businessUnitId: null,
    type: 'FULL',
    isAdmin: false,
    isReportsAdmin: false,
    status: 'ACTIVE',
    mustChangePassword: false,
    canEditOwnTicketNotifications: true,
    permissions: [],
    effectivePermissions: [],
    permissionGroups: [],
    teams: [],
    departments: [],
    effectiveDepartments: [],
    ticketNotifications: [],
    otherNotifications: [],
    ...over,
  };
}

export const catalogs: PageCatalogs = {
  permissionCatalog: [
    { key: 'tickets.reply', label: 'Reply to tickets', category: 'Tickets', destructive: false },
    { key: 'tickets.delete', label: 'Delete tickets', category: 'Tickets', destructive: true },
    { key: 'people.view', label: 'View users', category: 'People', destructive: false },
    { key: 'chat.use', label: 'Use chat', category: 'Chat', destructive: false },
  ],
  permissionGroups: [
    {
      id: '1',
      name: 'All Permissions',
      builtIn: true,
      permissions: ['tickets.reply', 'tickets.delete', 'people.view', 'chat.use'],
      departments: [],
    },
    { id: '7', name: 'Front line', builtIn: false, permissions: ['tickets.reply'], departments: [] },
    { id: '8', name: 'CRM', builtIn: false, permissions: ['people.view', 'tickets.reply'], departments: [] },
  ],
  teams: [],
  departments: [],
  notificationCatalog: [],
};
