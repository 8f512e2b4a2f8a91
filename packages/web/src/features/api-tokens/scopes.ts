// The API's scopes (packages/api/src/common/auth.ts SCOPES). The schema does not list them,
// so they are repeated here; a write scope implies its read scope. `id` names the scope's
// words in the `apiTokens` namespace (`scope.<id>.label`, `.hint`).
export const API_TOKEN_SCOPES = [
  { key: 'agents:read', id: 'agentsRead' },
  { key: 'agents:write', id: 'agentsWrite' },
  { key: 'users:read', id: 'usersRead' },
  { key: 'users:write', id: 'usersWrite' },
  { key: 'audit:read', id: 'auditRead' },
  { key: 'scim', id: 'scim' },
] as const;
