import type { Messages } from '../../messages';
import type { crmSettings as en } from '../en/crm-settings';

export const crmSettings: Messages<typeof en> = {};
