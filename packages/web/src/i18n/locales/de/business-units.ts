import type { Messages } from '../../messages';
import type { businessUnits as en } from '../en/business-units';

export const businessUnits: Messages<typeof en> = {};
