import type { DisplayError } from '../../../lib/errors';

/** What to do when the last-administrator rule refuses a change. */
export const LAST_ADMIN_HINT = 'First give another agent administrator access, and keep that agent enabled.';

/** The last-administrator rule names `input.isAdmin`, whichever change would break it. */
export const lastAdminHint = (error: DisplayError) => ('input.isAdmin' in error.fields ? LAST_ADMIN_HINT : undefined);
