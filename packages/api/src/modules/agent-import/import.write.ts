import { In } from 'typeorm';
import { OTHER_NOTIFICATION_EVENTS, TICKET_NOTIFICATION_EVENTS } from '@roster/shared';
import type { ServiceContext } from '../../common/service';
import { newSecret, sha256 } from '../../common/tokens';
import { AgentChange } from '../agent/agent.change';
import { Agent, newAgentRow } from '../agent/agent.entity';
import { lockAgents } from '../agent/agent.lock';
import { AgentWrite, writeAgentChanges } from '../agent/agent.write';
import { welcomeEmail } from '../mail/mail.templates';
import { QUICK_START_GUIDE_ATTACHMENT } from '../mail/quick-start-guide';
import { PasswordLink } from './agent-import.entity';
import type { ImportValues } from './import.rows';

// The write side of an import: one chunk of valid rows in a constant number of statements
// (multi-row INSERTs of agents, links, change log, set-password links and welcome emails).

const allOff = (events: readonly { event: string }[]) => events.map((e) => ({ event: e.event, email: false, browser: false }));

/** "Notifications: No" turns every notification off; Yes (or empty) keeps the defaults. */
function notificationColumns(on: boolean | undefined): Partial<Agent> {
  if (on === undefined) return {};
  return on
    ? { ticketNotificationSettings: null, otherNotificationSettings: null }
    : { ticketNotificationSettings: allOff(TICKET_NOTIFICATION_EVENTS), otherNotificationSettings: allOff(OTHER_NOTIFICATION_EVENTS) };
}

/** Creates the agents of one chunk (none may exist) without passwords; returns them as stored. */
export async function createImportedAgents(sc: ServiceContext, rows: readonly ImportValues[]): Promise<Agent[]> {
  if (!rows.length) return [];
  const { em } = sc;
  await em
    .createQueryBuilder()
    .insert()
    .into(Agent)
    .values(
      rows.map((v) =>
        newAgentRow({
          email: v.email,
          name: v.name,
          isAdmin: !!v.isAdmin,
          isReportsAdmin: !!v.isReportsAdmin,
          signature: v.signature ?? null,
          passwordHash: null,
          mustChangePassword: false,
          ...notificationColumns(v.notifications),
        }),
      ),
    )
    .updateEntity(false)
    .execute();
  const inserted = new Map((await em.findBy(Agent, { email: In(rows.map((r) => r.email)) })).map((a) => [a.email, a]));
  const writes: AgentWrite[] = rows.map((v) => ({
    agent: inserted.get(v.email)!,
    change: { patch: {}, groupIds: v.groupIds, teamIds: v.teamIds },
  }));
  return writeAgentChanges(sc, writes, { created: true });
}

/** Updates existing agents from their rows: only the columns the file has and the cells that are filled. */
export async function updateImportedAgents(
  sc: ServiceContext,
  rows: readonly { agentId: number; values: ImportValues }[],
): Promise<Agent[]> {
  if (!rows.length) return [];
  const agents = new Map(
    (
      await lockAgents(
        sc.em,
        rows.map((r) => r.agentId),
      )
    ).map((a) => [a.id, a]),
  );
  const writes: AgentWrite[] = rows.map(({ agentId, values: v }) => {
    const patch: Partial<Agent> = { name: v.name, ...notificationColumns(v.notifications) };
    if (v.isAdmin !== undefined) patch.isAdmin = v.isAdmin;
    if (v.isReportsAdmin !== undefined) patch.isReportsAdmin = v.isReportsAdmin;
    if (v.signature !== undefined) patch.signature = v.signature;
    const change: AgentChange = { patch, groupIds: v.groupIds, teamIds: v.teamIds };
    return { agent: agents.get(agentId)!, change };
  });
  return writeAgentChanges(sc, writes);
}

/**
 * Imported agents have no password: each gets a single-use link to choose one (stored hashed,
 * expiring like invitations) in the welcome email with the Quick Start Guide, queued in the
 * import's transaction, so the outbox sends them only once the import has committed.
 */
export async function queueSetPasswordEmails(sc: ServiceContext, agents: readonly Agent[]): Promise<void> {
  if (!agents.length) return;
  const now = sc.clock();
  const expiresAt = new Date(now.getTime() + sc.config.invitationTtlDays * 86_400_000);
  const tokens = agents.map(() => newSecret('spw'));
  await sc.em
    .createQueryBuilder()
    .insert()
    .into(PasswordLink)
    .values(agents.map((a, i) => ({ agentId: a.id, tokenHash: sha256(tokens[i]), createdAt: now, expiresAt, usedAt: null })))
    .updateEntity(false)
    .execute();
  await sc.mail.enqueueMany(
    sc.em,
    agents.map((a, i) => ({
      to: a.email,
      ...welcomeEmail({
        agentName: a.name,
        email: a.email,
        temporaryPassword: null,
        signInUrl: `${sc.config.publicUrl}/sign-in`,
        mustChangePassword: false,
        setPassword: { url: `${sc.config.publicUrl}/set-password?token=${encodeURIComponent(tokens[i])}`, expiresAt },
      }),
      attachments: [QUICK_START_GUIDE_ATTACHMENT],
    })),
  );
}
