import type { Messages } from '../../messages';
import type { sessions as en } from '../en/sessions';

export const sessions: Messages<typeof en> = {};
