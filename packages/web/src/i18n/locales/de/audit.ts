import type { Messages } from '../../messages';
import type { audit as en } from '../en/audit';

export const audit: Messages<typeof en> = {};
