// The shape a translation must have (one definition, shared with the API's mail messages).
export type { Messages } from '@roster/shared';
