import type { Messages } from '../../messages';
import type { agents as en } from '../en/agents';

export const agents: Messages<typeof en> = {};
