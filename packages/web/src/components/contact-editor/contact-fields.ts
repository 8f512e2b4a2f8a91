// Contact information of a CRM record (a user, or an agent's CRM profile): the fields in the order
// the record, the editor and the change log show them, with the one spelling of each label.

export const CONTACT_KEYS = ['phone', 'website', 'im', 'twitter', 'linkedin', 'facebook', 'address'] as const;
export type ContactKey = (typeof CONTACT_KEYS)[number];

/** Stored values; a missing or null key has no value. */
export type ContactValues = Partial<Record<ContactKey, string | null>>;

export const CONTACT_LABELS: Record<ContactKey, string> = {
  phone: 'Phone',
  website: 'Website',
  im: 'Instant messaging',
  twitter: 'Twitter',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  address: 'Mailing address',
};

export const CONTACT_HINTS: Partial<Record<ContactKey, string>> = {
  phone: 'With the country code: +44 20 7946 0958',
  website: 'For example acme.example',
  twitter: 'With or without @',
  linkedin: 'https://www.linkedin.com/in/…',
  facebook: 'https://www.facebook.com/…',
};

export const CONTACT_INPUT_TYPES: Record<Exclude<ContactKey, 'address'>, string> = {
  phone: 'tel',
  website: 'url',
  im: 'text',
  twitter: 'text',
  linkedin: 'url',
  facebook: 'url',
};

export type ContactDraft = Record<ContactKey, string>;

export const contactDraft = (values: ContactValues): ContactDraft =>
  Object.fromEntries(CONTACT_KEYS.map((k) => [k, values[k] ?? ''])) as ContactDraft;

/**
 * What a save sends: only the fields that changed (another agent's edit of the others is not
 * overwritten), blank as null.
 */
export function changedContact(saved: ContactValues, draft: ContactDraft): ContactValues {
  const changed: ContactValues = {};
  for (const k of CONTACT_KEYS) {
    const value = draft[k].trim() ? draft[k] : null;
    if (value !== (saved[k] ?? null)) changed[k] = value;
  }
  return changed;
}
