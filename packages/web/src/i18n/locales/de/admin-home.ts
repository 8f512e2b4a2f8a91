import type { Messages } from '../../messages';
import type { adminHome as en } from '../en/admin-home';

export const adminHome: Messages<typeof en> = {};
