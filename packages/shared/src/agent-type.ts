// Light agents (Zendesk's "Light agent" role): they use no license seat, sign in, browse and search
// the CRM, read user, organization and agent records and add notes, and nothing else. This file is
// the one rule: the API filters a light agent's permissions through it on every check (and so do
// their API tokens), refuses to grant them more, and the SPA hides what they may not do with it.

export const AGENT_TYPES = ['FULL', 'LIGHT'] as const;
export type AgentTypeName = (typeof AGENT_TYPES)[number];

/** What a light agent may hold: reading, adding notes, and their own profile (Preferences). */
export const LIGHT_AGENT_PERMISSIONS: readonly string[] = [
  'tickets.view_unassigned',
  'tickets.view_others',
  'people.view',
  'people.add_notes',
  'profile.edit_own',
  'profile.edit_own_ticket_notifications',
];

const LIGHT_ALLOWED: ReadonlySet<string> = new Set(LIGHT_AGENT_PERMISSIONS);

/** Whether an agent of `type` may hold (and use) permission `key`. */
export function agentTypeAllows(type: AgentTypeName | string | null | undefined, key: string): boolean {
  return type !== 'LIGHT' || LIGHT_ALLOWED.has(key);
}

/** The keys of `keys` an agent of `type` may not hold (empty: all allowed). */
export function deniedForType(type: AgentTypeName | string | null | undefined, keys: Iterable<string>): string[] {
  return [...keys].filter((k) => !agentTypeAllows(type, k));
}

/** Whether an agent of `type` may have administrator or reports-administrator access. */
export const agentTypeAllowsAdmin = (type: AgentTypeName | string | null | undefined): boolean => type !== 'LIGHT';

/** The CSV column's words (agent CSV `Type`): Full / Light, empty = Full. */
export const AGENT_TYPE_CSV_WORDS: Readonly<Record<AgentTypeName, string>> = { FULL: 'Full', LIGHT: 'Light' };

/** Parses a CSV `Type` cell (case-insensitive); undefined when it is neither Full nor Light. */
export function parseAgentTypeCell(cell: string | null | undefined): AgentTypeName | undefined {
  const v = (cell ?? '').trim().toLowerCase();
  if (v === '' || v === 'full') return 'FULL';
  if (v === 'light') return 'LIGHT';
  return undefined;
}
