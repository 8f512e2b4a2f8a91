import type { Messages } from '../../messages';
import type { sso as en } from '../en/sso';

export const sso: Messages<typeof en> = {};
