import type { Messages } from '../../messages';
import type { departments as en } from '../en/departments';

export const departments: Messages<typeof en> = {};
