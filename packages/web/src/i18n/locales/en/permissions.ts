// The permission catalogue in words (packages/shared permissions.ts keeps the API's English):
// names by permission key (`tickets.reply` -> names.tickets.reply), categories by category key.
export const permissions = {
  names: {
    tickets: {
      view_unassigned: 'View unassigned tickets',
      view_others: 'View tickets assigned to other agents',
      reply: 'Reply to tickets',
      assign: 'Assign tickets',
      edit_fields: 'Edit ticket fields',
      merge: 'Merge tickets',
      delete_own: 'Delete and mark as spam own tickets',
      delete_team: 'Delete and mark as spam team tickets',
      delete_messages: 'Delete messages and attachments',
    },
    people: {
      view: 'View users',
      create: 'Create users',
      edit: 'Edit users',
      merge: 'Merge users',
      delete: 'Delete users',
      manage_organizations: 'Manage organizations',
      delete_organizations: 'Delete organizations',
      manage_usergroups: 'Manage usergroups',
      add_notes: 'Add notes',
    },
    chat: {
      use: 'Use chat',
      transfer: 'Transfer chats',
    },
    kb: {
      create: 'Create articles',
      edit: 'Edit articles',
      publish: 'Publish articles',
      delete: 'Delete articles',
    },
    profile: {
      edit_own: 'Edit own profile',
      edit_own_ticket_notifications: 'Edit own ticket notifications',
    },
  },
  category: {
    tickets: 'Tickets',
    people: 'People',
    chat: 'Chat',
    knowledgeBase: 'Knowledge base',
    profile: 'Profile',
  },
  /** The built-in groups' names by id (they cannot be renamed). */
  builtInGroups: {
    '1': 'All Permissions',
    '2': 'All Non-Destructive Permissions',
  },
  destructive: 'Destructive',
  destructiveHint: 'Loses information for good',
} as const;
