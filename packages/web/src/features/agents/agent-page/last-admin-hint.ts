import type { TFunction } from 'i18next';
import type { DisplayError } from '../../../lib/errors';

/** The last-administrator rule names `input.isAdmin`, whichever change would break it: what to do then. */
export const lastAdminHint = (t: TFunction<'agents'>) => (error: DisplayError) =>
  'input.isAdmin' in error.fields ? t('bulk.lastAdminHint') : undefined;
