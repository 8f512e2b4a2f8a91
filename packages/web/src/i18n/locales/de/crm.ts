import type { Messages } from '../../messages';
import type { crm as en } from '../en/crm';

export const crm: Messages<typeof en> = {};
