import { IsNull, Not } from 'typeorm';
import { ChangeLogEntityType, diffFields, EntityChanges, recordChangesMany } from '../../common/change-log';
import { conflict, forbidden } from '../../common/errors';
import { AppLockId } from '../../common/lock.entity';
import { chunks, inList, replaceLinksMany, setText } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { takeLock } from '../../common/transaction';
import { Session } from '../auth/auth.entity';
import { accessText } from '../department/department-access';
import { AgentDepartment } from '../department/department.entity';
import { AgentPermissionGroup } from '../permission/permission-group.entity';
import { TeamMember } from '../team/team.entity';
import { claimAgentEmails } from './agent-email';
import { linkRows } from './agent-links';
import { AgentChange, type AgentWrite, isActiveAdmin, otherNotificationsOf, ticketNotificationsOf } from './agent.change';
import { Agent, AgentStatus, withSortKeys } from './agent.entity';
import { syncAgentWords } from './agent.words';
import { phonesText } from './agent-phones';
import { applyAgentTypeRules } from './agent.type-rules';
import { unitNames } from '../business-unit/business-unit.lookup';

// The one write path for agents: N agents (1 for a form, thousands for copy-to-many, bulk edit
// or an import) in a constant number of statements: link tables replaced set-wise, one UPDATE per
// distinct patch, change-log entries in multi-row INSERTs, all in the caller's transaction.

export type { AgentWrite };

/** The fields the directory search reads (agent.words.ts). */
const SEARCHED_FIELDS = ['name', 'alias', 'email'] as const;

const LOGGED_FIELDS = [
  'email',
  'name',
  'alias',
  'phones',
  'timezone',
  'language',
  'businessUnit',
  'extraEmails',
  'isAdmin',
  'isReportsAdmin',
  'status',
  'type',
  'mustChangePassword',
  'canEditOwnTicketNotifications',
  'signature',
  'permissions',
  'permissionGroups',
  'teams',
  'departments',
  'ticketNotifications',
  'otherNotifications',
] as const;
type Snapshot = Partial<Record<(typeof LOGGED_FIELDS)[number], unknown>>;

const DEFAULTS_NOT_LOGGED_ON_CREATE = new Set<string>([
  'status',
  'canEditOwnTicketNotifications',
  'ticketNotifications',
  'otherNotifications',
]);

const LINK_TABLES = [
  {
    key: 'groupIds',
    field: 'permissionGroups',
    entity: AgentPermissionGroup,
    text: (rows: AgentPermissionGroup[]) => setText(rows.map((r) => r.groupId)),
    rows: (agentId: number, c: AgentChange) => (c.groupIds ?? []).map((groupId) => ({ agentId, groupId })),
  },
  {
    key: 'teamIds',
    field: 'teams',
    entity: TeamMember,
    text: (rows: TeamMember[]) => setText(rows.map((r) => r.teamId)),
    rows: (agentId: number, c: AgentChange) => (c.teamIds ?? []).map((teamId) => ({ agentId, teamId })),
  },
  {
    key: 'departments',
    field: 'departments',
    entity: AgentDepartment,
    text: (rows: AgentDepartment[]) => accessText(rows),
    rows: (agentId: number, c: AgentChange) => (c.departments ?? []).map((d) => ({ agentId, ...d })),
  },
] as const;

const LOGGED_ON_CREATE = LOGGED_FIELDS.filter((f) => !DEFAULTS_NOT_LOGGED_ON_CREATE.has(f));

/** The logged fields of an agent; without the notification lists (defaults, never logged) for a new one. */
function scalarSnapshot(agent: Agent, units: Map<number, string>, created = false): Snapshot {
  const snap: Snapshot = {
    ...agent,
    extraEmails: setText(agent.extraEmails ?? []),
    permissions: setText(agent.permissions ?? []),
    // The unit by name, as the agent page shows it.
    businessUnit: agent.businessUnitId === null ? null : (units.get(agent.businessUnitId) ?? null),
    phones: phonesText(agent.phones),
  };
  if (created) return snap;
  snap.ticketNotifications = ticketNotificationsOf(agent);
  snap.otherNotifications = otherNotificationsOf(agent);
  return snap;
}

/**
 * Rules that hold for every write, whoever asks: API tokens never grant or remove administrator
 * or reports-administrator access and never change an administrator (those need an admin's
 * signed-in session); the last active administrator stays (checked under the admins lock, so two
 * admins demoting each other at once cannot both succeed).
 */
async function checkRules(sc: ServiceContext, writes: AgentWrite[], created: boolean): Promise<void> {
  if (sc.actor.kind === 'API_TOKEN') {
    for (const { agent, change } of writes) {
      if (!created && agent.isAdmin) throw forbidden('API tokens cannot change an administrator: sign in as an administrator to do this');
      for (const f of ['isAdmin', 'isReportsAdmin'] as const) {
        const before = created ? false : agent[f];
        if (change.patch[f] !== undefined && change.patch[f] !== before) {
          throw forbidden(
            'API tokens cannot grant or remove administrator or reports administrator access: sign in as an administrator to do this',
          );
        }
      }
    }
  }
  const losing = writes.filter(
    ({ agent, change }) =>
      !created && isActiveAdmin(agent) && (change.patch.isAdmin === false || change.patch.status === AgentStatus.DISABLED),
  );
  if (losing.length)
    await assertAdminsRemain(
      sc,
      losing.map((w) => w.agent.id),
    );
}

/**
 * Fails unless an administrator other than `leaving` can still sign in: enabled and with a password
 * (a temporary one counts; a pending set-password link does not: it may expire unused). Takes the
 * admins lock, so that two requests cannot each remove one of the last two.
 */
export async function assertAdminsRemain(sc: ServiceContext, leaving: number[]): Promise<void> {
  await takeLock(sc.em, AppLockId.ADMINS);
  const remaining = await sc.em.count(Agent, {
    where: {
      isAdmin: true,
      status: AgentStatus.ACTIVE,
      passwordHash: Not(IsNull()),
      ...(leaving.length ? { id: Not(inList(leaving)) } : {}),
    },
  });
  if (remaining === 0) {
    throw conflict('The helpdesk needs at least one active administrator who can sign in', {
      'input.isAdmin': 'is required on the last active administrator',
    });
  }
}

/** Whether the change moves the agent's login or changes its extra addresses (a form re-sending them does not). */
const changesAddresses = (agent: Agent, { patch }: AgentChange): boolean =>
  (patch.email !== undefined && patch.email !== agent.email) ||
  (patch.extraEmails !== undefined && setText(patch.extraEmails) !== setText(agent.extraEmails ?? []));

/**
 * Applies changes to agents and logs every field that really changed. With `created`, the agents
 * were just inserted: their log starts with "created" and names what was set, not every default.
 * Returns the agents as stored afterwards, in the order of `writes`.
 */
export async function writeAgentChanges(sc: ServiceContext, writes: AgentWrite[], opts: { created?: boolean } = {}): Promise<Agent[]> {
  const { em } = sc;
  const created = !!opts.created;
  if (!writes.length) return [];
  await applyAgentTypeRules(sc, writes, created);
  await checkRules(sc, writes, created);
  // Addresses before the agent rows: agent_email's key is what refuses one that another agent holds.
  await claimAgentEmails(
    em,
    writes
      .filter(({ agent, change }) => created || changesAddresses(agent, change))
      .map(({ agent, change: { patch } }) => ({
        id: agent.id,
        email: patch.email ?? agent.email,
        extraEmails: patch.extraEmails ?? agent.extraEmails,
      })),
    { fresh: created },
  );
  const units = await unitNames(
    em,
    writes.flatMap((w) => [w.agent.businessUnitId, w.change.patch.businessUnitId]),
  );
  const before = new Map<number, Snapshot>(writes.map((w) => [w.agent.id, created ? {} : scalarSnapshot(w.agent, units)]));
  const after = new Map<number, Snapshot>(writes.map((w) => [w.agent.id, {}]));

  for (const link of LINK_TABLES) {
    const touching = writes.filter((w) => w.change[link.key] !== undefined);
    if (!touching.length) continue;
    const touchIds = touching.map((w) => w.agent.id);
    if (!created) {
      const old = await linkRows(em, link.entity as new () => { agentId: number }, touchIds);
      for (const [id, rows] of old) before.get(id)![link.field] = (link.text as (r: unknown[]) => string)(rows);
    }
    const rows = touching.flatMap((w) => link.rows(w.agent.id, w.change) as object[]);
    // Agents just inserted have no link rows yet: nothing to delete.
    await replaceLinksMany(em, link.entity as never, 'agentId', created ? [] : touchIds, rows as never);
    for (const w of touching) after.get(w.agent.id)![link.field] = (link.text as (r: unknown[]) => string)(link.rows(w.agent.id, w.change));
  }

  // One UPDATE per distinct patch: copy-to-many and bulk edits send one for all.
  const now = sc.clock();
  const byPatch = new Map<string, { patch: Partial<Agent>; ids: number[] }>();
  for (const { agent, change } of writes) {
    if (!Object.keys(change.patch).length) continue;
    const key = JSON.stringify(change.patch);
    const group = byPatch.get(key) ?? { patch: change.patch, ids: [] };
    group.ids.push(agent.id);
    byPatch.set(key, group);
  }
  for (const { patch, ids: groupIds } of byPatch.values()) {
    for (const part of chunks(groupIds)) await em.update(Agent, { id: inList(part) }, { ...withSortKeys(patch), updatedAt: now });
  }
  // New agents, and those whose name, alias or sign-in address changed, get their search words again.
  const reworded = writes.filter((w) => created || SEARCHED_FIELDS.some((f) => w.change.patch[f] !== undefined));
  await syncAgentWords(
    em,
    reworded.map((w) => w.agent.id),
  );
  const disabled = writes
    .filter((w) => w.change.patch.status === AgentStatus.DISABLED && w.agent.status !== AgentStatus.DISABLED)
    .map((w) => w.agent.id);
  for (const part of chunks(disabled)) await em.delete(Session, { agentId: inList(part) });

  // An agent without a patch is stored as the caller read it (locked, or just inserted): only the updated ones are read again.
  const stored = new Map<number, Agent>();
  const patched = new Set<number>();
  for (const g of byPatch.values()) for (const id of g.ids) patched.add(id);
  for (const w of writes) if (!patched.has(w.agent.id)) stored.set(w.agent.id, w.agent);
  for (const part of chunks([...patched])) for (const a of await em.findBy(Agent, { id: inList(part) })) stored.set(a.id, a);
  const entries: EntityChanges[] = writes.map(({ agent }) => {
    const afterSnap = { ...scalarSnapshot(stored.get(agent.id)!, units, created), ...after.get(agent.id) };
    if (!created) {
      // Only fields a change can touch are compared: the link fields it left alone are absent from both.
      for (const link of LINK_TABLES) if (!(link.field in after.get(agent.id)!)) delete afterSnap[link.field];
      return { entityId: agent.id, changes: diffFields(before.get(agent.id)!, afterSnap, LOGGED_FIELDS) };
    }
    const set = diffFields({}, afterSnap, LOGGED_ON_CREATE).filter((c) => c.newValue !== null && c.newValue !== '' && c.newValue !== false);
    return { entityId: agent.id, changes: [{ field: 'created', oldValue: null, newValue: stored.get(agent.id)!.email }, ...set] };
  });
  await recordChangesMany(em, sc.actor, ChangeLogEntityType.AGENT, entries);
  return writes.map((w) => stored.get(w.agent.id)!);
}
