import type { Messages } from '../../messages';
import type { apiTokens as en } from '../en/api-tokens';

export const apiTokens: Messages<typeof en> = {};
