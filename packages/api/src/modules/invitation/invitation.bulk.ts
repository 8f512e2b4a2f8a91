import { BULK_INVITE_MAX, BulkInviteCode, checkEmailAddress, ErrorCode } from '@roster/shared';
import { ChangeLogEntityType, recordChangesMany } from '../../common/change-log';
import { DomainError, FieldCheck } from '../../common/errors';
import { AppLockId } from '../../common/lock.entity';
import { quoteValue } from '../../common/quote-input';
import { chunks, inList } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { INVITATION_PREFIX, newSecret, sha256 } from '../../common/tokens';
import { takeLock } from '../../common/transaction';
import { AgentEmailKind } from '../agent/agent-email.entity';
import { EMAIL_TAKEN, EmailHolder, emailHolders } from '../agent/agent-email';
import { reserveSeats } from '../license/license.service';
import { AgentType } from '../agent/agent.entity';
import { Invitation } from './invitation.entity';
import {
  assertMayInviteAs,
  checkInviteOptions,
  CheckedInviteOptions,
  invitationNames,
  invitedChanges,
  InviteOptions,
  newInvitationRow,
  pendingNow,
  queueInvitationEmail,
} from './invitation.service';

// Bulk invite from a list of addresses (Deskpro's "Bulk adding agents"): every address becomes an
// invitation with the list's role, teams and groups (omitted: a quick invite, group 1 All
// Permissions, not an administrator) or a failure naming why. The
// checks that depend on other writers (existing agents, pending invitations, seats) run under the
// license lock, so two lists racing for the last seats or for the same person cannot both win.

export interface BulkInviteFailureRow {
  email: string;
  code: BulkInviteCode;
  message: string;
}

export interface BulkInviteOutcome {
  invited: Invitation[];
  failed: BulkInviteFailureRow[];
  /** Seats the list lacked (0 when it fitted); when above 0 nobody was invited. */
  missingSeats: number;
}

/** Rows per multi-row INSERT of invitations: 13 columns each, well under the placeholder limits. */
const INSERT_CHUNK = 1000;

// An invalid "address" is echoed back, but never at more than an address's length.
const echo = (raw: string) => (raw.length <= 254 ? raw : quoteValue(raw));

interface Candidate {
  /** Position in the list: failures are answered in list order. */
  index: number;
  raw: string;
  email: string;
}

type Failure = BulkInviteFailureRow & { index: number };
const fail = (c: { index: number; raw: string }, code: BulkInviteCode, message: string): Failure => ({
  index: c.index,
  email: echo(c.raw),
  code,
  message,
});

/** Splits the list into valid, first-seen addresses and failures (invalid or repeated). */
function classify(emails: readonly string[]): { candidates: Candidate[]; failed: Failure[] } {
  const failed: Failure[] = [];
  const firstSeen = new Map<string, Candidate>();
  const candidates: Candidate[] = [];
  emails.forEach((raw, index) => {
    const r = checkEmailAddress(raw);
    const first = r.ok ? firstSeen.get(r.email) : undefined;
    if (!r.ok) failed.push(fail({ index, raw }, BulkInviteCode.INVALID_EMAIL, r.problem));
    else if (first)
      failed.push(fail({ index, raw }, BulkInviteCode.DUPLICATE_IN_LIST, `is listed more than once (first as ${quoteValue(first.raw)})`));
    else {
      const c = { index, raw, email: r.email };
      firstSeen.set(r.email, c);
      candidates.push(c);
    }
  });
  return { candidates, failed };
}

/** The addresses among `emails` that already belong to an agent (as login or extra), and those with a pending invitation. */
async function taken(sc: ServiceContext, emails: string[]): Promise<{ agents: Map<string, EmailHolder>; invited: Set<string> }> {
  const agents = await emailHolders(sc.em, emails);
  const invited = new Set<string>();
  for (const part of chunks(emails)) {
    for (const i of await sc.em.find(Invitation, { select: { email: true }, where: { email: inList(part), ...pendingNow(sc) } }))
      invited.add(i.email);
  }
  return { agents, invited };
}

/** Seats `needed` addresses lack under the license lock (0: they are reserved for this transaction). */
async function seatsMissing(sc: ServiceContext, needed: number, type: AgentType): Promise<number> {
  try {
    await reserveSeats(sc, needed, undefined, type);
    return 0;
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== ErrorCode.LICENSE_LIMIT_REACHED) throw e;
    const { seats, used } = e.details as { seats: number; used: number };
    return Math.max(1, used + needed - seats);
  }
}

/**
 * Invites every acceptable address of the list, each with the same `options` (checked first: a bad
 * team or group id is a field error and nobody is invited), in one transaction: one multi-row INSERT per 1,000
 * invitations, their change log in multi-row INSERTs, and one invitation email each through the
 * outbox. A list that needs more seats than are left invites nobody: each of its otherwise
 * invitable addresses fails with NO_SEAT, and `missingSeats` says how many seats are lacking.
 */
export async function bulkInviteAgents(
  sc: ServiceContext,
  { emails, ...input }: { emails: readonly string[] } & InviteOptions,
): Promise<BulkInviteOutcome> {
  const fc = new FieldCheck();
  fc.check(emails.length > 0, 'emails', 'list at least one address');
  fc.check(emails.length <= BULK_INVITE_MAX, 'emails', `must have at most ${BULK_INVITE_MAX} items (got ${emails.length})`);
  const options = await checkInviteOptions(sc, fc, input);
  fc.throwIfAny();
  assertMayInviteAs(sc, options!);
  const { candidates, failed } = classify(emails);
  // Under the lock from here on: an agent or invitation committed by a concurrent request is seen.
  await takeLock(sc.em, AppLockId.LICENSE);
  const { agents, invited: pending } = await taken(
    sc,
    candidates.map((c) => c.email),
  );
  const fresh: Candidate[] = [];
  for (const c of candidates) {
    const holder = agents.get(c.email);
    if (holder?.kind === AgentEmailKind.LOGIN)
      failed.push(fail(c, BulkInviteCode.ALREADY_AGENT, 'already belongs to an agent: they can sign in'));
    else if (holder) failed.push(fail(c, BulkInviteCode.ALREADY_AGENT, `${EMAIL_TAKEN} (as an extra email)`));
    else if (pending.has(c.email))
      failed.push(fail(c, BulkInviteCode.ALREADY_INVITED, 'already has a pending invitation: resend it instead'));
    else fresh.push(c);
  }
  const missingSeats = fresh.length ? await seatsMissing(sc, fresh.length, options!.agentType) : 0;
  if (missingSeats > 0) {
    const message =
      `not invited: the list needs ${fresh.length} seats and ${missingSeats} ${missingSeats === 1 ? 'is' : 'are'} missing. ` +
      'Upgrade your license, delete agents no longer in use or invite fewer people.';
    for (const c of fresh) failed.push(fail(c, BulkInviteCode.NO_SEAT, message));
  }
  const invited = missingSeats ? [] : await insertInvitations(sc, fresh, options!);
  return { invited, failed: inListOrder(failed), missingSeats };
}

/** Failures in the order of the list (the checks found them in several passes). */
const inListOrder = (failed: Failure[]): BulkInviteFailureRow[] =>
  failed.sort((a, b) => a.index - b.index).map(({ index: _index, ...row }) => row);

async function insertInvitations(sc: ServiceContext, fresh: Candidate[], options: CheckedInviteOptions): Promise<Invitation[]> {
  if (!fresh.length) return [];
  const tokens = new Map<string, string>();
  const rows = fresh.map((c) => {
    const token = newSecret(INVITATION_PREFIX);
    tokens.set(sha256(token), token);
    return newInvitationRow(sc, { email: c.email, name: null, ...options, token });
  });
  for (const part of chunks(rows, INSERT_CHUNK)) {
    await sc.em.createQueryBuilder().insert().into(Invitation).values(part).updateEntity(false).execute();
  }
  const stored: Invitation[] = [];
  for (const part of chunks([...tokens.keys()])) stored.push(...(await sc.em.findBy(Invitation, { tokenHash: inList(part) })));
  const byEmail = new Map(stored.map((inv) => [inv.email, inv]));
  const invitations = fresh.map((c) => byEmail.get(c.email)!);
  await recordChangesMany(
    sc.em,
    sc.actor,
    ChangeLogEntityType.INVITATION,
    invitations.map((inv) => ({ entityId: inv.id, changes: invitedChanges(inv) })),
  );
  // Every invitation of the list names the same teams and groups: looked up once.
  const names = await invitationNames(sc, options);
  for (const inv of invitations) await queueInvitationEmail(sc, inv, tokens.get(inv.tokenHash)!, names);
  return invitations;
}
