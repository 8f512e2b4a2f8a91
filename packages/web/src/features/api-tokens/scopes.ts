// The API's scopes (packages/api/src/common/auth.ts SCOPES). The schema does not list them,
// so they are repeated here; a write scope implies its read scope.
export const API_TOKEN_SCOPES = [
  { key: 'agents:read', label: 'Read agents', hint: 'Agents, teams, departments, invitations and the license' },
  { key: 'agents:write', label: 'Write agents', hint: 'Create, invite and edit agents, teams and departments (includes read)' },
  { key: 'users:read', label: 'Read users', hint: 'CRM users and organizations' },
  { key: 'users:write', label: 'Write users', hint: 'Create and edit CRM users (includes read)' },
  {
    key: 'audit:read',
    label: 'Read the audit log',
    hint: "Administrative changes and security events (the token's agent must be an administrator)",
  },
  {
    key: 'scim',
    label: 'SCIM provisioning',
    hint: 'Identity provider creates, updates and removes agents and teams (/scim/v2; administrators only)',
  },
] as const;
