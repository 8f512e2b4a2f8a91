import { CONTACT_LABELS } from '../../components/contact-editor/contact-fields';

// Change-log field keys of a user (packages/api/src/modules/user) as people read them.
const LABELS: Record<string, string> = {
  ...CONTACT_LABELS,
  created: 'Created',
  deleted: 'Deleted',
  emails: 'Email addresses',
  primaryEmail: 'Primary email',
  organization: 'Organization',
  note: 'Note added',
  usergroups: 'Usergroups',
  merged: 'Merged in',
  mergedInto: 'Merged into',
  mergeUndone: 'Merge undone',
  isAutoResponder: 'Auto-responder',
};

/** "primaryEmail" -> "Primary email", "custom:Plan" -> "Plan"; unknown keys are split at their capitals. */
export function userFieldLabel(field: string): string {
  const known = LABELS[field];
  if (known) return known;
  // A custom field's value (custom:<the admin's name>): the name as the admin wrote it.
  if (field.startsWith('custom:')) return field.slice('custom:'.length);
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Change-log keys of an agent's CRM record (modules/agent-crm) are the user record's, under `crm.`. */
export const agentCrmFieldLabel = (field: string) => userFieldLabel(field.replace(/^crm\./, ''));
