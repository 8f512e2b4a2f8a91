import { i18n } from '../../i18n';
import { CONTACT_KEYS } from '../../components/contact-editor/contact-fields';

// Change-log field keys of a user (packages/api/src/modules/user) as people read them, in the
// SPA's language (the `crm` messages; contact fields read as the contact editor labels them).
const KNOWN = [
  'created',
  'deleted',
  'emails',
  'primaryEmail',
  'organization',
  'note',
  'usergroups',
  'merged',
  'mergedInto',
  'mergeUndone',
  'isAutoResponder',
  'name',
  'summary',
  'timezone',
  'language',
] as const;
type KnownField = (typeof KNOWN)[number];
const isKnown = (field: string): field is KnownField => (KNOWN as readonly string[]).includes(field);
const isContact = (field: string): field is (typeof CONTACT_KEYS)[number] => (CONTACT_KEYS as readonly string[]).includes(field);

/** "primaryEmail" -> "Primary email", "custom:Plan" -> "Plan"; unknown keys are split at their capitals. */
export function userFieldLabel(field: string): string {
  if (isContact(field)) return i18n.t(`crm:contact.labels.${field}`);
  if (isKnown(field)) return i18n.t(`crm:changeLog.fields.${field}`);
  // A custom field's value (custom:<the admin's name>): the name as the admin wrote it.
  if (field.startsWith('custom:')) return field.slice('custom:'.length);
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Change-log keys of an agent's CRM record (modules/agent-crm) are the user record's, under `crm.`. */
export const agentCrmFieldLabel = (field: string) => userFieldLabel(field.replace(/^crm\./, ''));
