import type { ServiceContext } from '../../common/service';
import { insertRows } from '../../common/insert-rows';
import { Agent, AgentType, newAgentRow } from '../agent/agent.entity';
import { AgentWrite, writeAgentChanges } from '../agent/agent.write';
import { welcomeEmailTemplate } from '../mail/mail.templates';
import { quickStartGuideAttachment } from '../mail/quick-start-guide';
import { createPasswordLinks } from '../auth';
import type { OutboxAttachment } from '../mail/outbox.entity';
import type { ImportValues } from './import.rows';
import { agentIdsByEmail, notificationColumns } from './import.diff';

// The write side of an import's new agents: one chunk of CREATE rows in a constant number of
// statements (multi-row INSERTs of agents, links, change log, set-password links and welcome
// emails). UPDATE rows carry their changes from decide (import.agents.ts, import.diff.ts).

/** Creates the agents of one chunk (none may exist) without passwords; returns them as stored. */
export async function createImportedAgents(sc: ServiceContext, rows: readonly ImportValues[]): Promise<Agent[]> {
  if (!rows.length) return [];
  const { em } = sc;
  const now = sc.clock();
  const agents = rows.map((v) =>
    newAgentRow({
      email: v.email,
      name: v.name,
      isAdmin: !!v.isAdmin,
      isReportsAdmin: !!v.isReportsAdmin,
      signature: v.signature ?? null,
      type: v.type === AgentType.LIGHT ? AgentType.LIGHT : AgentType.FULL,
      businessUnitId: v.businessUnitId ?? null,
      passwordHash: null,
      mustChangePassword: false,
      createdAt: now,
      updatedAt: now,
      ...notificationColumns(v.notifications),
    }),
  );
  await insertRows(em, Agent, Object.keys(agents[0]) as (keyof Agent & string)[], agents);
  const ids = await agentIdsByEmail(
    em,
    rows.map((r) => r.email),
  );
  const writes: AgentWrite[] = rows.map((v, i) => ({
    agent: Object.assign(agents[i] as Agent, { id: ids.get(v.email)! }),
    // A light row's type goes through the change too, so that the light rules give it the light permissions.
    change: { patch: v.type === AgentType.LIGHT ? { type: AgentType.LIGHT } : {}, groupIds: v.groupIds, teamIds: v.teamIds },
  }));
  return writeAgentChanges(sc, writes, { created: true });
}

/**
 * Imported agents have no password: each gets a single-use link to choose one (stored hashed,
 * expiring like temporary passwords) in the welcome email with the Quick Start Guide, queued in the
 * import's transaction, so the outbox sends them only once the import has committed.
 */
export async function queueSetPasswordEmails(sc: ServiceContext, agents: readonly Agent[]): Promise<void> {
  if (!agents.length) return;
  const expiresAt = new Date(sc.clock().getTime() + sc.config.temporaryPasswordTtlDays * 86_400_000);
  const tokens = await createPasswordLinks(
    sc,
    agents.map((a) => a.id),
    expiresAt,
  );
  const render = welcomeEmailTemplate({ signInUrl: `${sc.config.publicUrl}/sign-in`, expiresAt });
  const setPasswordUrl = `${sc.config.publicUrl}/set-password?token=`;
  // Rendered as the INSERTs read them, so only one statement's emails are in memory at a time.
  await sc.mail.enqueueMany(
    sc.em,
    (function* () {
      for (let i = 0; i < agents.length; i++) {
        const a = agents[i];
        const fields = { agentName: a.name, email: a.email, setPasswordUrl: setPasswordUrl + encodeURIComponent(tokens[i]) };
        yield { to: a.email, ...render(fields, a.language), attachments: welcomeAttachments(a.language) };
      }
    })(),
  );
}

/** One array per language for every welcome email of an import: the PDF is a named source, generated at send time. */
const WELCOME_ATTACHMENTS = new Map<string, OutboxAttachment[]>();
function welcomeAttachments(language: string): OutboxAttachment[] {
  const attachment = quickStartGuideAttachment(language);
  let list = WELCOME_ATTACHMENTS.get(attachment.source);
  if (!list) WELCOME_ATTACHMENTS.set(attachment.source, (list = [attachment]));
  return list;
}
