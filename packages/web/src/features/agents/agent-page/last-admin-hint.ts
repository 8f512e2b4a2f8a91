import type { DisplayError } from '../../../lib/errors';

/** The last-administrator rule names `input.isAdmin`, whichever change would break it. */
export const lastAdminHint = (error: DisplayError) =>
  'input.isAdmin' in error.fields ? 'First give another agent administrator access, and keep that agent enabled.' : undefined;
