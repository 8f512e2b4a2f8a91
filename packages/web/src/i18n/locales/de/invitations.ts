import type { Messages } from '../../messages';
import type { invitations as en } from '../en/invitations';

export const invitations: Messages<typeof en> = {};
