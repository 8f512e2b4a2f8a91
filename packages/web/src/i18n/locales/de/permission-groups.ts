import type { Messages } from '../../messages';
import type { permissionGroups as en } from '../en/permission-groups';

export const permissionGroups: Messages<typeof en> = {};
