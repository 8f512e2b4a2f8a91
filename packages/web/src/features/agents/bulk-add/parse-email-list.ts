import { BulkInviteCode, normalizeEmail } from '@roster/shared';
import type { BulkInviteAgentsMutation } from '../../../gql/graphql';

/**
 * The addresses of a pasted list, in order: one per line, or separated by commas, semicolons,
 * spaces or tabs (a spreadsheet column pastes as lines). `Ann Lee <ann@example.com>` counts as
 * the address in angle brackets. Nothing is checked or de-duplicated here: the API answers for
 * each address (invalid, listed twice, already an agent...).
 */
export function parseEmailList(text: string): string[] {
  const emails: string[] = [];
  for (const chunk of text.split(/[\r\n,;]+/)) {
    const bracketed = /<([^<>]*)>/.exec(chunk);
    if (bracketed) {
      const inside = bracketed[1].trim();
      if (inside) emails.push(inside);
      continue;
    }
    emails.push(...chunk.split(/\s+/).filter(Boolean));
  }
  return emails;
}

type BulkInviteResult = BulkInviteAgentsMutation['bulkInviteAgents'];

export type InviteRow = { email: string; invited: true } | { email: string; invited: false; code: string; message: string };

/**
 * One row per address sent, in list order. The API lists invitations (normalised addresses) and
 * failures (as listed) each in list order: an address is the next invitation when it normalises
 * to it, otherwise the next failure (the second `a@x.com` of a list is DUPLICATE_IN_LIST).
 */
export function inviteRows(sent: readonly string[], result: BulkInviteResult): InviteRow[] {
  const rows: InviteRow[] = [];
  let nextInvited = 0;
  let nextFailed = 0;
  for (const email of sent) {
    const invitation = result.invited[nextInvited];
    if (invitation && normalizeEmail(email) === invitation.email) {
      rows.push({ email: invitation.email, invited: true });
      nextInvited += 1;
    } else if (nextFailed < result.failed.length) {
      const failure = result.failed[nextFailed++];
      rows.push({ email: failure.email, invited: false, code: failure.code, message: failure.message });
    }
  }
  // Whatever did not line up (it should not happen) is still shown.
  for (const invitation of result.invited.slice(nextInvited)) rows.push({ email: invitation.email, invited: true });
  for (const failure of result.failed.slice(nextFailed)) rows.push({ ...failure, invited: false });
  return rows;
}

/** The API's per-address codes (packages/shared bulk-invite.ts) that have a short label (`bulkAdd.failure.<code>`). */
export const FAILURE_CODES = [
  BulkInviteCode.INVALID_EMAIL,
  BulkInviteCode.DUPLICATE_IN_LIST,
  BulkInviteCode.ALREADY_AGENT,
  BulkInviteCode.ALREADY_INVITED,
  BulkInviteCode.NO_SEAT,
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];
export const isFailureCode = (code: string): code is FailureCode => (FAILURE_CODES as readonly string[]).includes(code);
