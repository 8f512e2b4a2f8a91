import { ChangeLogEntityType } from '../../common/change-log';
import { FieldCheck } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { Agent, AgentStatus, AgentType } from '../agent/agent.entity';
import { lockAgents } from '../agent/agent.lock';
import { createAgent, deleteAgent, prepareCredentials, updateAgent, type Credentials } from '../agent/agent.service';
import type { UpdateAgentFields } from '../agent/agent.types';
import { checkDisplayName, checkEmail } from '../agent/agent.validation';
import { filteredPage, idEquals, textEquals, type FilterSpec } from './scim.filter';
import { patchResource } from './scim.patch';
import {
  baseUrl,
  bool,
  checkBody,
  checkIfMatch,
  invalidValue,
  listResponse,
  projection,
  resourceId,
  SCIM,
  scimError,
  text,
  throwIfInvalid,
  withMeta,
  writeExternalId,
  type ListQuery,
  membershipsOf,
} from './scim.resource';

// SCIM Users are agents: userName is the login email, name the agent's name, the other emails the
// agent's extra addresses, active its status, groups (read-only) its teams. Every write goes
// through the agent services (seats, unique addresses, the last administrator, what API tokens
// may not change, the change log), in the caller's transaction.

const MAX_EMAILS = 20;
const NAME_MAX = 200;
export const USER_ATTRIBUTES = [
  'userName',
  'name',
  'displayName',
  'emails',
  'active',
  'externalId',
  'groups',
  'password',
  SCIM.ROSTER_USER,
];

export interface ScimName {
  formatted: string;
  givenName?: string;
  familyName?: string;
}

/** Roster keeps one name: given name is its first word, family name the rest. */
export function scimName(name: string): ScimName {
  const i = name.indexOf(' ');
  return i < 0 ? { formatted: name, givenName: name } : { formatted: name, givenName: name.slice(0, i), familyName: name.slice(i + 1) };
}

/** The User of an agent, with `meta` (its version covers everything else). */
export function userOf(sc: ServiceContext, agent: Agent, teams: { id: number; name: string }[]) {
  const base = baseUrl(sc);
  return withMeta(
    sc,
    {
      schemas: [SCIM.USER, SCIM.ROSTER_USER],
      id: String(agent.id),
      ...(agent.externalId !== null ? { externalId: agent.externalId } : {}),
      userName: agent.email,
      name: scimName(agent.name),
      displayName: agent.name,
      active: agent.status === AgentStatus.ACTIVE,
      emails: [
        { value: agent.email, type: 'work', primary: true },
        ...(agent.extraEmails ?? []).map((value) => ({ value, type: 'other', primary: false })),
      ],
      groups: teams.map((t) => ({ value: String(t.id), display: t.name, $ref: `${base}/Groups/${t.id}` })),
      [SCIM.ROSTER_USER]: { agentType: agent.type },
    },
    'User',
    agent.createdAt,
    agent.updatedAt,
  );
}
export type ScimUser = ReturnType<typeof userOf>;

/** Each agent's teams, by agent id, in one query. */
const teamsOf = (sc: ServiceContext, agentIds: number[]) => membershipsOf(sc, 'agent', agentIds);

async function userById(sc: ServiceContext, agent: Agent): Promise<ScimUser> {
  return userOf(sc, agent, (await teamsOf(sc, [agent.id])).get(agent.id)!);
}

const USER_FILTER: FilterSpec = {
  id: idEquals('a.id'),
  username: (param, value) =>
    typeof value === 'string'
      ? {
          sql: `a.id IN (SELECT ae.agent_id FROM agent_email ae WHERE ae.address = :${param} AND ae.kind = 'LOGIN')`,
          value: value.toLowerCase(),
        }
      : null,
  'emails.value': (param, value) =>
    typeof value === 'string'
      ? { sql: `a.id IN (SELECT ae.agent_id FROM agent_email ae WHERE ae.address = :${param})`, value: value.toLowerCase() }
      : null,
  externalid: textEquals('a.externalId'),
  displayname: textEquals('a.name'),
  active: (param, value) =>
    typeof value === 'boolean' ? { sql: `a.status = :${param}`, value: value ? AgentStatus.ACTIVE : AgentStatus.DISABLED } : null,
};

/** GET /Users: filtered, in id order, a page at a time (startIndex/count). */
export async function listUsers(sc: ServiceContext, query: ListQuery) {
  const { page, total, rows: agents } = await filteredPage(sc.em, Agent, 'a', query, USER_FILTER, SCIM.USER);
  const teams = await teamsOf(
    sc,
    agents.map((a) => a.id),
  );
  const show = projection(query);
  return listResponse(
    total,
    page,
    agents.map((a) => show(userOf(sc, a, teams.get(a.id)!))),
  );
}

async function findAgent(sc: ServiceContext, id: string, lock: boolean): Promise<Agent> {
  const n = resourceId(id, 'User');
  const agent = lock ? (await lockAgents(sc.em, [n]))[0] : await sc.em.findOneBy(Agent, { id: n });
  if (!agent) throw scimError(404, null, `User ${n} not found`);
  return agent;
}

export async function getUser(sc: ServiceContext, id: string, query: ListQuery = {}) {
  return projection(query)(await userById(sc, await findAgent(sc, id, false)));
}

interface UserValues {
  email: string;
  name: string;
  extraEmails: string[];
  active: boolean | undefined;
  externalId: string | null;
  /** Roster's extension; undefined: not sent (a new agent is FULL, an existing one keeps its type). */
  type: AgentType | undefined;
}

/** The agent a whole User describes; `current` is the agent before (PUT, PATCH), whose name parts count as unchanged. */
function valuesOf(r: Record<string, unknown>, current: Agent | null): UserValues {
  const fc = new FieldCheck();
  const userName = text(fc, r.userName, 'userName', 254);
  fc.check(!!userName, 'userName', 'is required (the login email)');
  const email = userName ? checkEmail(fc, 'userName', userName) : undefined;
  fc.check(r.name === undefined || r.name === null || (typeof r.name === 'object' && !Array.isArray(r.name)), 'name', 'must be an object');
  const n = (r.name ?? {}) as Record<string, unknown>;
  const formatted = text(fc, n.formatted, 'name.formatted', NAME_MAX);
  const given = text(fc, n.givenName, 'name.givenName', NAME_MAX);
  const family = text(fc, n.familyName, 'name.familyName', NAME_MAX);
  const display = text(fc, r.displayName, 'displayName', NAME_MAX);
  const joined = [given, family].filter(Boolean).join(' ');
  let name: string | undefined;
  if (current) {
    // The parts the client changed win over the ones it sent back as it read them.
    const old = scimName(current.name);
    if (formatted && formatted !== old.formatted) name = formatted;
    else if (joined && (given ?? '') + '|' + (family ?? '') !== (old.givenName ?? '') + '|' + (old.familyName ?? '')) name = joined;
    else if (display && display !== current.name) name = display;
    else name = formatted || joined || display || undefined;
  } else name = formatted || joined || display || undefined;
  if (fc.check(!!name, 'name', 'is required: name.formatted, name.givenName/familyName or displayName')) {
    name = checkDisplayName(fc, 'name', name!);
    fc.check(name.length <= NAME_MAX, 'name', `must be at most ${NAME_MAX} characters`);
  }
  const extraEmails: string[] = [];
  if (r.emails !== undefined && r.emails !== null) {
    if (
      fc.check(Array.isArray(r.emails), 'emails', 'must be a list') &&
      fc.check((r.emails as unknown[]).length <= MAX_EMAILS, 'emails', `at most ${MAX_EMAILS}`)
    ) {
      (r.emails as unknown[]).forEach((e, i) => {
        const value = text(fc, (e as { value?: unknown } | null)?.value, `emails[${i}].value`, 254);
        if (!fc.check(!!value, `emails[${i}].value`, 'is required')) return;
        const address = checkEmail(fc, `emails[${i}].value`, value);
        if (address && address !== email && !extraEmails.includes(address)) extraEmails.push(address);
      });
    }
  }
  const active = bool(fc, r.active, 'active');
  fc.check(r.active !== null, 'active', 'must be true or false');
  const externalId = text(fc, r.externalId, 'externalId') ?? null;
  const type = agentTypeOf(fc, r[SCIM.ROSTER_USER]);
  throwIfInvalid(fc);
  return { email: email!, name: name!, extraEmails, active, externalId, type };
}

/** The extension's agentType (FULL or LIGHT, any case); undefined when the extension or the attribute is absent. */
function agentTypeOf(fc: FieldCheck, ext: unknown): AgentType | undefined {
  if (ext === undefined || ext === null) return undefined;
  const field = `${SCIM.ROSTER_USER}:agentType`;
  if (!fc.check(typeof ext === 'object' && !Array.isArray(ext), SCIM.ROSTER_USER, 'must be an object')) return undefined;
  const raw = (ext as { agentType?: unknown }).agentType;
  if (raw === undefined || raw === null) return undefined;
  const v = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  return fc.check(v === AgentType.FULL || v === AgentType.LIGHT, field, 'must be FULL or LIGHT') ? (v as AgentType) : undefined;
}

/** POST /Users: a new agent (seats, unique addresses), welcome email as from the admin form. */
export async function createUser(sc: ServiceContext, body: unknown, creds: Credentials, passwordGiven: boolean): Promise<ScimUser> {
  const v = valuesOf(checkBody(body, SCIM.USER), null);
  const { agent } = await createAgent(
    sc,
    {
      email: v.email,
      name: v.name,
      extraEmails: v.extraEmails,
      status: v.active === false ? AgentStatus.DISABLED : AgentStatus.ACTIVE,
      type: v.type ?? AgentType.FULL,
      forcePasswordChange: !passwordGiven,
    },
    creds,
  );
  await writeExternalId(sc, Agent, ChangeLogEntityType.AGENT, agent, v.externalId);
  return userById(sc, agent);
}

/** The password a POST carries, if any (checked and hashed by the edge before the transaction). */
export function passwordOf(body: unknown): string | undefined {
  const p = (body as { password?: unknown } | null)?.password;
  if (p === undefined || p === null) return undefined;
  if (typeof p !== 'string') throw invalidValue('password: must be a string');
  return p;
}

/** Writes the values of a whole User onto the agent (only what differs), then returns it as stored. */
async function writeValues(sc: ServiceContext, agent: Agent, v: UserValues): Promise<ScimUser> {
  const input: UpdateAgentFields = {};
  if (v.email !== agent.email) input.email = v.email;
  if (v.name !== agent.name) input.name = v.name;
  if ([...v.extraEmails].sort().join() !== [...(agent.extraEmails ?? [])].sort().join()) input.extraEmails = v.extraEmails;
  const status = v.active === undefined ? agent.status : v.active ? AgentStatus.ACTIVE : AgentStatus.DISABLED;
  if (status !== agent.status) input.status = status;
  if (v.type !== undefined && v.type !== agent.type) input.type = v.type;
  const updated = Object.keys(input).length ? await updateAgent(sc, { id: agent.id, input }) : agent;
  await writeExternalId(sc, Agent, ChangeLogEntityType.AGENT, updated, v.externalId);
  return userById(sc, updated);
}

/** PUT /Users/:id: the body replaces the User (attributes it leaves out are cleared; active stays). */
export async function replaceUser(sc: ServiceContext, id: string, body: unknown, ifMatch?: string): Promise<ScimUser> {
  const r = checkBody(body, SCIM.USER);
  const agent = await findAgent(sc, id, true);
  checkIfMatch(ifMatch, await userById(sc, agent));
  return writeValues(sc, agent, valuesOf(r, agent));
}

/** PATCH /Users/:id: the operations applied to the User as stored, the difference written. */
export async function patchUser(sc: ServiceContext, id: string, body: unknown, ifMatch?: string): Promise<ScimUser> {
  const agent = await findAgent(sc, id, true);
  const current = await userById(sc, agent);
  checkIfMatch(ifMatch, current);
  const patched = patchResource(current, body, USER_ATTRIBUTES) as unknown as Record<string, unknown>;
  return writeValues(sc, agent, valuesOf(patched, agent));
}

/** DELETE /Users/:id: deletes the agent within the usual rules (not oneself, not an administrator by token). */
export async function deleteUser(sc: ServiceContext, id: string, ifMatch?: string): Promise<void> {
  const agent = await findAgent(sc, id, true);
  checkIfMatch(ifMatch, await userById(sc, agent));
  await deleteAgent(sc, { id: agent.id });
}

/** The credentials of a new User: its password when the provider sends one (Okta can), else a temporary one. Hashed before the transaction. */
export async function credentialsFor(body: unknown): Promise<{ creds: Credentials; passwordGiven: boolean }> {
  const password = passwordOf(body);
  return { creds: await prepareCredentials({ password }), passwordGiven: password !== undefined };
}
