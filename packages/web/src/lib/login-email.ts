import { normalizeEmail } from '@roster/shared';

// Changing one's own login email needs one's current password (the API's input.currentPassword):
// the Preferences form and the agent page ask for it as soon as the typed email is another login.

export const CURRENT_PASSWORD_LABEL = 'Current password';
export const CURRENT_PASSWORD_HINT = 'Needed to change the email you sign in with.';

/** True when `typed` names another login than `stored` (the API compares them normalised). */
export const changesLoginEmail = (typed: string, stored: string): boolean => (normalizeEmail(typed) ?? typed.trim()) !== stored;
