import type { Messages } from '../../messages';
import type { outbox as en } from '../en/outbox';

export const outbox: Messages<typeof en> = {};
