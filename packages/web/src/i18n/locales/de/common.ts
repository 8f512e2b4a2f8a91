import type { Messages } from '../../messages';
import type { common as en } from '../en/common';

export const common: Messages<typeof en> = {};
