import type { ViewerFieldsFragment } from '../../gql/graphql';

// The catalogue's People permissions the CRM pane checks (the API enforces them; the SPA hides what
// the agent may not do). Administrator access does not imply them.
export const PEOPLE_VIEW = 'people.view';

export type PeopleAction =
  'view' | 'create' | 'edit' | 'merge' | 'add_notes' | 'manage_organizations' | 'delete' | 'manage_usergroups' | 'delete_organizations';

export function canPeople(viewer: Pick<ViewerFieldsFragment, 'effectivePermissions'>, action: PeopleAction): boolean {
  return viewer.effectivePermissions.includes(`people.${action}`);
}
