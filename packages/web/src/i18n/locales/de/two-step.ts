import type { Messages } from '../../messages';
import type { twoStep as en } from '../en/two-step';

export const twoStep: Messages<typeof en> = {};
