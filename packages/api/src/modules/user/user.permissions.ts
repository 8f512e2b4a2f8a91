// The catalogue's People permissions (packages/shared/src/permissions.ts) that guard the CRM.
export const PEOPLE = {
  view: 'people.view',
  create: 'people.create',
  edit: 'people.edit',
  merge: 'people.merge',
  delete: 'people.delete',
  manageOrganizations: 'people.manage_organizations',
  deleteOrganizations: 'people.delete_organizations',
  manageUsergroups: 'people.manage_usergroups',
  addNotes: 'people.add_notes',
} as const;
