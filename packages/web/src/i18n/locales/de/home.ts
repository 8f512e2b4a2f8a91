import type { Messages } from '../../messages';
import type { home as en } from '../en/home';

export const home: Messages<typeof en> = {};
