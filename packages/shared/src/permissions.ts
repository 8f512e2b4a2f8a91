// The permission catalogue. Keys are stable identifiers integrators and stored rows rely on;
// labels and categories are for display. `destructive` marks actions that lose information
// for good (built-in group 2 excludes them).

export interface PermissionDef {
  key: string;
  label: string;
  category: string;
  destructive: boolean;
}

const p = (category: string, key: string, label: string, destructive = false): PermissionDef => ({
  key,
  label,
  category,
  destructive,
});

export const PERMISSION_CATALOG: readonly PermissionDef[] = [
  p('Tickets', 'tickets.view_unassigned', 'View unassigned tickets'),
  p('Tickets', 'tickets.view_others', 'View tickets assigned to other agents'),
  p('Tickets', 'tickets.reply', 'Reply to tickets'),
  p('Tickets', 'tickets.assign', 'Assign tickets'),
  p('Tickets', 'tickets.edit_fields', 'Edit ticket fields'),
  p('Tickets', 'tickets.merge', 'Merge tickets'),
  p('Tickets', 'tickets.delete_own', 'Delete and mark as spam own tickets', true),
  p('Tickets', 'tickets.delete_team', 'Delete and mark as spam team tickets', true),
  p('Tickets', 'tickets.delete_messages', 'Delete messages and attachments', true),
  p('People', 'people.view', 'View users'),
  p('People', 'people.create', 'Create users'),
  p('People', 'people.edit', 'Edit users'),
  p('People', 'people.merge', 'Merge users'),
  p('People', 'people.delete', 'Delete users', true),
  p('People', 'people.manage_organizations', 'Manage organizations'),
  p('People', 'people.delete_organizations', 'Delete organizations', true),
  p('People', 'people.manage_usergroups', 'Manage usergroups'),
  p('People', 'people.add_notes', 'Add notes'),
  p('Chat', 'chat.use', 'Use chat'),
  p('Chat', 'chat.transfer', 'Transfer chats'),
  p('Knowledge base', 'kb.create', 'Create articles'),
  p('Knowledge base', 'kb.edit', 'Edit articles'),
  p('Knowledge base', 'kb.publish', 'Publish articles'),
  p('Knowledge base', 'kb.delete', 'Delete articles', true),
  p('Profile', 'profile.edit_own', 'Edit own profile'),
  p('Profile', 'profile.edit_own_ticket_notifications', 'Edit own ticket notifications'),
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
