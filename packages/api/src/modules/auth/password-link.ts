import { IsNull } from 'typeorm';
import { badInput } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { newSecrets, sha256 } from '../../common/tokens';
import type { Agent } from '../agent/agent.entity';
import { setPassword } from './auth.service';
import { PasswordLink } from './password-link.entity';
import { insertRows } from '../../common/insert-rows';
import { recordAuditEvent } from '../audit/audit.record';
import { inList } from '../../common/relations';

// Single-use links to choose a password: imported agents' first one (TEMPORARY_PASSWORD_TTL_DAYS)
// and password resets (PASSWORD_RESET_TTL_MINUTES). Only the SHA-256 of a token is stored.

const INVALID = { token: 'is invalid, was already used, or has expired' };

/** One new link per agent, expiring at `expiresAt`; the tokens in the order of `agentIds`. */
export async function createPasswordLinks(sc: ServiceContext, agentIds: readonly number[], expiresAt: Date): Promise<string[]> {
  const now = sc.clock();
  const tokens = newSecrets('spw', agentIds.length);
  await insertRows(
    sc.em,
    PasswordLink,
    ['agentId', 'tokenHash', 'createdAt', 'expiresAt', 'usedAt'],
    agentIds.map((agentId, i) => ({ agentId, tokenHash: sha256(tokens[i]), createdAt: now, expiresAt, usedAt: null })),
  );
  return tokens;
}

/** A new link replaces the agent's earlier unused ones: only the latest email works. */
export async function retirePasswordLinks(sc: ServiceContext, agentIds: readonly number[]): Promise<void> {
  if (agentIds.length) await sc.em.update(PasswordLink, { agentId: inList([...agentIds]), usedAt: IsNull() }, { usedAt: sc.clock() });
}

/** The unused, unexpired link a token names; a field error naming `token` otherwise. */
export async function usablePasswordLink(sc: ServiceContext, { token }: { token: string }): Promise<PasswordLink> {
  const link = await sc.em.findOneBy(PasswordLink, { tokenHash: sha256(token), usedAt: IsNull() });
  if (!link || link.expiresAt <= sc.clock()) throw badInput(INVALID);
  return link;
}

/** Uses the link once (a conditional UPDATE, so two requests with one token cannot both succeed) and sets the password. */
export async function setPasswordWithLink(sc: ServiceContext, args: { token: string; passwordHash: string }): Promise<Agent> {
  const link = await usablePasswordLink(sc, args);
  const used = await sc.em.update(PasswordLink, { id: link.id, usedAt: IsNull() }, { usedAt: sc.clock() });
  if (used.affected !== 1) throw badInput(INVALID);
  await recordAuditEvent(sc, { action: 'auth.password_link_used', target: { type: 'AGENT', id: link.agentId } });
  return setPassword(sc, { agentId: link.agentId, passwordHash: args.passwordHash, keepSessionToken: null });
}
