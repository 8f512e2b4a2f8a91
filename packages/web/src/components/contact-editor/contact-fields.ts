// Contact information of a CRM record (a user, or an agent's CRM profile): the fields in the order
// the record, the editor and the change log show them (labels: the `crm` messages, `contact.labels`).
import { callingCodeOf, splitPhone } from '@roster/shared';
import { phoneE164, type PhoneNumberValue } from '../phone-list/phone-number-input';
import { defaultCountry } from '../phone-list/phone-rows';

export const CONTACT_KEYS = ['phone', 'website', 'im', 'twitter', 'linkedin', 'facebook', 'address'] as const;
export type ContactKey = (typeof CONTACT_KEYS)[number];

/** Fields with a hint under them in the editor. */
export const CONTACT_HINT_KEYS = ['phone', 'website', 'twitter', 'linkedin', 'facebook'] as const satisfies readonly ContactKey[];
export type ContactHintKey = (typeof CONTACT_HINT_KEYS)[number];
export const hasContactHint = (k: ContactKey): k is ContactHintKey => (CONTACT_HINT_KEYS as readonly string[]).includes(k);

/** Stored values; a missing or null key has no value. */
export type ContactValues = Partial<Record<ContactKey, string | null>>;

export const CONTACT_INPUT_TYPES: Record<Exclude<ContactKey, 'address' | 'phone'>, string> = {
  website: 'url',
  im: 'text',
  twitter: 'text',
  linkedin: 'url',
  facebook: 'url',
};

/** The form's values: each field as text; the phone as `[country] [number]` (`phoneCountry`, `phone`). */
export type ContactDraft = Record<ContactKey, string> & { phoneCountry: string };

/**
 * A stored phone as the picker shows it: E.164 splits into its region and national number
 * (+442079460958: GB, 020 7946 0958); older text stays as it is with no region; no phone starts
 * on the browser's region.
 */
export function phoneDraft(stored: string | null | undefined): PhoneNumberValue {
  if (!stored) return { country: defaultCountry(), number: '' };
  const { country, national } = splitPhone(stored);
  return { country: country ?? '', number: national };
}

/**
 * What a phone typed with a country is sent as: E.164 when it reads as a number; otherwise the text
 * after the picked calling code (the API then says why it is refused), or as typed when it starts
 * with + or no country is picked. Blank: null.
 */
export function phoneToSend(value: PhoneNumberValue): string | null {
  const text = value.number.trim();
  if (!text) return null;
  const e164 = phoneE164(value);
  if (e164) return e164;
  return text.startsWith('+') || !value.country ? text : `${callingCodeOf(value.country)} ${text}`;
}

export function contactDraft(values: ContactValues): ContactDraft {
  const draft = Object.fromEntries(CONTACT_KEYS.map((k) => [k, values[k] ?? ''])) as Record<ContactKey, string>;
  const phone = phoneDraft(values.phone);
  return { ...draft, phone: phone.number, phoneCountry: phone.country };
}

/**
 * What a save sends: only the fields that changed (another agent's edit of the others is not
 * overwritten), blank as null; a phone left as it was shown is not sent again.
 */
export function changedContact(saved: ContactValues, draft: ContactDraft): ContactValues {
  const changed: ContactValues = {};
  for (const k of CONTACT_KEYS) {
    if (k === 'phone') {
      const before = phoneDraft(saved.phone);
      const samePhone = draft.phone.trim() === before.number.trim() && (draft.phoneCountry === before.country || !draft.phone.trim());
      if (!samePhone) changed.phone = phoneToSend({ country: draft.phoneCountry, number: draft.phone });
      continue;
    }
    const value = draft[k].trim() ? draft[k] : null;
    if (value !== (saved[k] ?? null)) changed[k] = value;
  }
  return changed;
}
