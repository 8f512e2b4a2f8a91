// Per-address answers of bulkInviteAgents (BulkInviteFailure.code), for the API and the SPA.
export const BulkInviteCode = {
  /** Not an address Roster accepts (see checkEmailAddress). */
  INVALID_EMAIL: 'INVALID_EMAIL',
  /** The same address (after normalising) appears earlier in the list; the first one counts. */
  DUPLICATE_IN_LIST: 'DUPLICATE_IN_LIST',
  /** An agent already signs in with this address. */
  ALREADY_AGENT: 'ALREADY_AGENT',
  /** A pending, unexpired invitation exists for this address (resend it instead). */
  ALREADY_INVITED: 'ALREADY_INVITED',
  /** The list needs more seats than are left: nobody was invited (the message names the shortfall). */
  NO_SEAT: 'NO_SEAT',
} as const;
export type BulkInviteCode = (typeof BulkInviteCode)[keyof typeof BulkInviteCode];

/** Most addresses one bulkInviteAgents call takes (the general list limit). */
export const BULK_INVITE_MAX = 1000;
