import type { Messages } from '../../messages';
import type { preferences as en } from '../en/preferences';

export const preferences: Messages<typeof en> = {};
