import type { Messages } from '../../messages';
import type { teams as en } from '../en/teams';

export const teams: Messages<typeof en> = {};
