import type { Messages } from '../../messages';
import type { userImport as en } from '../en/user-import';

export const userImport: Messages<typeof en> = {};
