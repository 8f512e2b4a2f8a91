import type { Messages } from '../../messages';
import type { permissions as en } from '../en/permissions';

export const permissions: Messages<typeof en> = {};
