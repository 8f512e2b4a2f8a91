import type { Messages } from '../../messages';
import type { customFields as en } from '../en/custom-fields';

export const customFields: Messages<typeof en> = {};
