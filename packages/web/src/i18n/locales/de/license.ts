import type { Messages } from '../../messages';
import type { license as en } from '../en/license';

export const license: Messages<typeof en> = {};
