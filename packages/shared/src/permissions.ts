// The permission catalogue. Keys are stable identifiers integrators and stored rows rely on;
// labels and categories are for display. `destructive` marks actions that lose information
// for good (built-in group 2 excludes them).

export interface PermissionDef {
  key: string;
  label: string;
  category: string;
  destructive: boolean;
}

/**
 * The catalogue's categories by key: the English names are what the API answers (`Permission.category`);
 * the SPA shows each in the agent's language through its key (`permissions:category.<key>`).
 */
export const PERMISSION_CATEGORIES = {
  tickets: 'Tickets',
  people: 'People',
  chat: 'Chat',
  knowledgeBase: 'Knowledge base',
  profile: 'Profile',
} as const;
export type PermissionCategoryKey = keyof typeof PERMISSION_CATEGORIES;

/** The key of a category as the API names it; undefined for a name the catalogue does not have. */
export function permissionCategoryKey(name: string): PermissionCategoryKey | undefined {
  return (Object.keys(PERMISSION_CATEGORIES) as PermissionCategoryKey[]).find((k) => PERMISSION_CATEGORIES[k] === name);
}

const p = (category: PermissionCategoryKey, key: string, label: string, destructive = false): PermissionDef => ({
  key,
  label,
  category: PERMISSION_CATEGORIES[category],
  destructive,
});

export const PERMISSION_CATALOG: readonly PermissionDef[] = [
  p('tickets', 'tickets.view_unassigned', 'View unassigned tickets'),
  p('tickets', 'tickets.view_others', 'View tickets assigned to other agents'),
  p('tickets', 'tickets.reply', 'Reply to tickets'),
  p('tickets', 'tickets.assign', 'Assign tickets'),
  p('tickets', 'tickets.edit_fields', 'Edit ticket fields'),
  p('tickets', 'tickets.merge', 'Merge tickets'),
  p('tickets', 'tickets.delete_own', 'Delete and mark as spam own tickets', true),
  p('tickets', 'tickets.delete_team', 'Delete and mark as spam team tickets', true),
  p('tickets', 'tickets.delete_messages', 'Delete messages and attachments', true),
  p('people', 'people.view', 'View users'),
  p('people', 'people.create', 'Create users'),
  p('people', 'people.edit', 'Edit users'),
  p('people', 'people.merge', 'Merge users'),
  p('people', 'people.delete', 'Delete users', true),
  p('people', 'people.manage_organizations', 'Manage organizations'),
  p('people', 'people.delete_organizations', 'Delete organizations', true),
  p('people', 'people.manage_usergroups', 'Manage usergroups'),
  p('people', 'people.add_notes', 'Add notes'),
  p('chat', 'chat.use', 'Use chat'),
  p('chat', 'chat.transfer', 'Transfer chats'),
  p('knowledgeBase', 'kb.create', 'Create articles'),
  p('knowledgeBase', 'kb.edit', 'Edit articles'),
  p('knowledgeBase', 'kb.publish', 'Publish articles'),
  p('knowledgeBase', 'kb.delete', 'Delete articles', true),
  p('profile', 'profile.edit_own', 'Edit own profile'),
  p('profile', 'profile.edit_own_ticket_notifications', 'Edit own ticket notifications'),
];

export const PERMISSION_KEYS: ReadonlySet<string> = new Set(PERMISSION_CATALOG.map((d) => d.key));

export const ALL_PERMISSIONS_GROUP_ID = 1;
export const NON_DESTRUCTIVE_GROUP_ID = 2;

export interface BuiltInGroupDef {
  id: number;
  name: string;
  permissions: string[];
}

// Derived from the catalogue so that a new permission lands in the right built-ins by itself.
export const BUILT_IN_GROUPS: readonly BuiltInGroupDef[] = [
  { id: ALL_PERMISSIONS_GROUP_ID, name: 'All Permissions', permissions: PERMISSION_CATALOG.map((d) => d.key) },
  {
    id: NON_DESTRUCTIVE_GROUP_ID,
    name: 'All Non-Destructive Permissions',
    permissions: PERMISSION_CATALOG.filter((d) => !d.destructive).map((d) => d.key),
  },
];

/** Returns the keys that are not in the catalogue. */
export function unknownPermissions(keys: readonly string[]): string[] {
  return keys.filter((k) => !PERMISSION_KEYS.has(k));
}
