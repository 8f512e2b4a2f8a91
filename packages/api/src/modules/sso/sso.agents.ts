import { ErrorCode } from '@roster/shared';
import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { DomainError, isUniqueViolation } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { emailHolders } from '../agent/agent-email';
import { Agent, AgentStatus, newAgentRow } from '../agent/agent.entity';
import { lockAgents } from '../agent/agent.lock';
import { writeAgentChanges } from '../agent/agent.write';
import { agentFromInvitation, pendingInvitationFor } from '../invitation/invitation.service';
import { reserveSeats } from '../license/license.service';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import { AgentSsoLink, type SsoProvider } from './sso-provider.entity';
import { SsoError, type SsoIdentity } from './sso.identity';
import { inList } from '../../common/relations';

// Which agent an SSO identity is, in the caller's transaction: by the provider's subject, else
// once by a verified login email (the link is then kept), else a new agent (just in time) under
// the seat lock, exactly as an admin's creation takes a seat.

const NAME_MAX = 200;

/** The teams a new agent joins: the provider's defaults and those its groups are mapped to. */
export function teamsFor(provider: SsoProvider, groups: readonly string[]): number[] {
  const have = new Set(groups.map((g) => g.trim().toLowerCase()));
  const mapped = provider.groupTeamMappings.filter((m) => have.has(m.group.toLowerCase())).map((m) => m.teamId);
  return [...new Set([...provider.defaultTeamIds, ...mapped])];
}

async function link(sc: ServiceContext, provider: SsoProvider, identity: SsoIdentity, agentId: number): Promise<void> {
  try {
    await sc.em.insert(AgentSsoLink, { providerId: provider.id, subject: identity.subject, agentId, createdAt: sc.clock() });
  } catch (e) {
    // A concurrent first sign-in of the same subject linked it first.
    if (isUniqueViolation(e))
      throw new SsoError('ACCOUNT_CONFLICT', 'This account was linked by another sign-in at the same time: try again');
    throw e;
  }
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.AGENT, agentId, [
    { field: 'ssoLink', oldValue: null, newValue: `${provider.displayName} (${identity.protocol}): ${identity.subject}` },
  ]);
}

/** Seat and address refusals of the agent rules as the sign-in page's reasons. */
function asSsoError(e: unknown): unknown {
  if (!(e instanceof DomainError)) return e;
  if (e.code === ErrorCode.LICENSE_LIMIT_REACHED)
    return new SsoError(
      'NO_SEAT',
      'Your helpdesk has no free agent seat for a new account: ask an administrator to free one or upgrade the license',
    );
  if (e.code === ErrorCode.CONFLICT)
    return new SsoError('ACCOUNT_CONFLICT', `This address already belongs to an agent: ask an administrator (${e.message.slice(0, 200)})`);
  return e;
}

/**
 * A new agent for a first sign-in. An address with a pending invitation gets what the invitation
 * says (type, role, teams, groups; the seat it held) and the invitation is accepted: with "SSO
 * required" this is how an invited person joins. Otherwise the provider's defaults and mappings.
 */
async function createAgent(sc: ServiceContext, provider: SsoProvider, identity: SsoIdentity, email: string): Promise<Agent> {
  const invitation = await pendingInvitationFor(sc, email);
  if (invitation)
    return agentFromInvitation(sc, invitation, { name: identity.name?.trim() || null, passwordHash: null }).catch((e) => {
      throw asSsoError(e);
    });
  try {
    await reserveSeats(sc, 1, undefined, provider.defaultAgentType);
  } catch (e) {
    throw asSsoError(e);
  }
  // Under the seat lock, which serialises agent creation: an agent committed meanwhile is seen here.
  if ((await emailHolders(sc.em, [email])).has(email))
    throw new SsoError('ACCOUNT_CONFLICT', `${email} already belongs to an agent: ask an administrator`);
  const name = Array.from(identity.name?.trim() || email.split('@')[0])
    .slice(0, NAME_MAX)
    .join('');
  const { identifiers } = await sc.em.insert(Agent, newAgentRow({ email, name, type: provider.defaultAgentType }));
  const inserted = await sc.em.findOneByOrFail(Agent, { id: identifiers[0].id as number });
  const wantedTeams = teamsFor(provider, identity.groups);
  // Teams or groups deleted since the provider was configured are left out rather than failing the sign-in.
  const [teams, groups] = await Promise.all([
    wantedTeams.length ? sc.em.find(Team, { select: { id: true }, where: { id: inList(wantedTeams) } }) : [],
    provider.defaultPermissionGroupIds.length
      ? sc.em.find(PermissionGroup, { select: { id: true }, where: { id: inList(provider.defaultPermissionGroupIds) } })
      : [],
  ]);
  const [agent] = await writeAgentChanges(
    sc,
    [{ agent: inserted, change: { patch: {}, teamIds: teams.map((t) => t.id), groupIds: groups.map((g) => g.id) } }],
    {
      created: true,
    },
  );
  return agent;
}

/** The agent `identity` signs in as, linked and (just in time) created as needed; disabled agents are refused. */
export async function ssoAgentFor(
  sc: ServiceContext,
  provider: SsoProvider,
  identity: SsoIdentity,
  /** Filled as soon as the agent is known (the audit log's target of a refusal). */
  found: { agentId?: number } = {},
): Promise<Agent> {
  const linked = await sc.em.findOneBy(AgentSsoLink, { providerId: provider.id, subject: identity.subject });
  let agent: Agent | undefined;
  if (linked) [agent] = await lockAgents(sc.em, [linked.agentId]);
  if (!agent) {
    if (!identity.email) throw new SsoError('NO_EMAIL', 'The provider sent no email address for this account');
    if (!identity.emailVerified) throw new SsoError('EMAIL_NOT_VERIFIED', "The provider has not verified this account's email address");
    const email = identity.email;
    const byEmail = await sc.em.findOne(Agent, { select: { id: true }, where: { email } });
    if (byEmail) {
      [agent] = await lockAgents(sc.em, [byEmail.id]);
      found.agentId = byEmail.id;
      // Matched by email once: an agent already linked to another subject of this provider is not taken over.
      if (await sc.em.existsBy(AgentSsoLink, { providerId: provider.id, agentId: byEmail.id }))
        throw new SsoError('ACCOUNT_CONFLICT', `${email} is already linked to another account of ${provider.displayName}`);
    } else {
      agent = await createAgent(sc, provider, identity, email);
    }
    await link(sc, provider, identity, agent.id);
  }
  found.agentId = agent.id;
  if (agent.status !== AgentStatus.ACTIVE) throw new SsoError('AGENT_DISABLED', 'This account is disabled');
  return agent;
}
