import type { Messages } from '../../messages';
import type { auth as en } from '../en/auth';

export const auth: Messages<typeof en> = {};
