import { DataSource, EntityManager, EntityTarget, MoreThan, ObjectLiteral } from 'typeorm';

import { Config, loadConfig } from '../config';
import { systemActor } from '../common/actor';
import { Agent, AgentStatus, claimAgentEmails, newAgentRow, syncAgentWords } from '../modules/agent';
import { parsePhone, type StoredPhone } from '@roster/shared';
import { hashPassword } from '../modules/auth';
import { Invitation, InvitationStatus } from '../modules/invitation';
import { ChangeLogEntityType, recordChanges } from '../common/change-log';
import { AgentDepartment, Department, DepartmentAccessLevel, GroupDepartment } from '../modules/department';
import { AgentPermissionGroup, PermissionGroup } from '../modules/permission';
import { Team, TeamMember } from '../modules/team';
import { BusinessUnit } from '../modules/business-unit';
import { inTransaction } from '../common/transaction';
import type { FileStorage } from '../common/request';
import type { MailQueue, ServiceDeps } from '../common/service';
import { CrmSeedResult, fillCrm, missingDemoUsers, NO_CRM, storeDemoFiles } from './seed-crm';

import {
  Access,
  AgentSpec,
  AGENTS,
  ALL,
  DEMO_EMAIL_DOMAIN,
  DEMO_MARKER_TEAM,
  DEMO_PASSWORD,
  DEPARTMENTS,
  GROUPS,
  NON_DESTRUCTIVE,
  TEAMS,
} from './seed-data';
import { inList } from '../common/relations';

export { DEMO_EMAIL_DOMAIN, DEMO_MARKER_TEAM, DEMO_PASSWORD };

/** "Mateo García" -> "mateo.garcia@demo.roster.local" (first and last word, accents and quotes dropped). */
export function demoEmail(name: string, domain = DEMO_EMAIL_DOMAIN): string {
  const words = name
    .normalize('NFD')
    .replace(/[^A-Za-z\s-]/g, '')
    .toLowerCase()
    .split(/\s+/);
  return `${words[0]}.${words[words.length - 1]}@${domain}`;
}

export interface SeedOptions {
  /** Defaults to LICENSE_SEATS from the environment; only used for the warning. */
  licenseSeats?: number;
  /** The app's service dependencies (config, clock, mail); by default built from the environment. */
  services?: ServiceDeps;
  /** Where the demo's profile files go (the app's FILES_DIR storage); without it the demo has no files. */
  files?: FileStorage;
  log?: (msg: string) => void;
  warn?: (msg: string) => void;
}

export interface SeedResult {
  created: boolean;
  agents: number;
  teams: number;
  permissionGroups: number;
  departments: number;
  crm: CrmSeedResult;
}

/** Multi-row INSERTs of at most `size` rows, which keeps SQLite under its bound-variable limit. */
export async function insertInChunks<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
  size = 200,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await em.insert(entity, rows.slice(i, i + size) as never);
}

/** Ids by name for the named rows, inserting the missing ones (an admin may have made "Support" already). */
async function ensureNamed<T extends { id: number; name: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  names: readonly string[],
  make: (name: string) => Partial<T>,
): Promise<{ ids: Map<string, number>; created: Set<string> }> {
  const find = async () =>
    em.getRepository(entity).find({ select: { id: true, name: true } as never, where: { name: inList([...names]) } as never });
  const have = new Set((await find()).map((r) => r.name));
  const created = new Set(names.filter((n) => !have.has(n)));
  await insertInChunks(em, entity, [...created].map(make));
  return { ids: new Map((await find()).map((r) => [r.name, r.id])), created };
}

const markerExists = (em: EntityManager) => em.exists(Team, { where: { name: DEMO_MARKER_TEAM } });
const crmSeeded = async (em: EntityManager) => !(await missingDemoUsers(em)).length;

function envConfig(): Config | null {
  try {
    return loadConfig();
  } catch {
    return null;
  }
}

/** The demo sends no email: a queue that says so if a writer ever tries. */
const noMail: MailQueue = {
  enqueue: () => Promise.reject(new Error('the demo seed sends no email')),
  enqueueMany: () => Promise.reject(new Error('the demo seed sends no email')),
};

/**
 * Runs `fill` once across processes: nothing when `done` already holds (checked again inside the
 * transaction). A concurrent seed on MySQL trips the unique names or addresses (or a deadlock):
 * once it has committed there is nothing left to do; if it has not yet, one retry waits on its
 * locks and sees it.
 */
async function once<T>(
  ds: DataSource,
  done: (em: EntityManager) => Promise<boolean>,
  fill: (em: EntityManager) => Promise<T>,
): Promise<T | null> {
  if (await done(ds.manager)) return null;
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(ds, async (em) => ((await done(em)) ? null : fill(em)));
    } catch (e) {
      if (await done(ds.manager)) return null;
      if (attempt >= 2) throw e;
    }
  }
}

const demoDone = async (em: EntityManager) => (await markerExists(em)) && (await crmSeeded(em));

type Filled = { agents: Omit<SeedResult, 'crm' | 'created'> | null; crm: CrmSeedResult };

/**
 * Fills a demo helpdesk in one transaction: agents, teams, departments, permission groups and their
 * links (unless the team "Support Tier 1" exists), then the CRM (the demo users none of whose
 * addresses exists yet). A developer tool, so it ignores LICENSE_SEATS, but says so when the demo
 * goes over it.
 */
export async function seedDemo(ds: DataSource, opts: SeedOptions = {}): Promise<SeedResult> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const config = opts.services?.config ?? envConfig();
  const services: ServiceDeps = opts.services ?? { config: config as Config, clock: () => new Date(), mail: noMail };
  const sc = { ...services, actor: systemActor('Demo seed') };
  const nothing: SeedResult = { created: false, agents: 0, teams: 0, permissionGroups: 0, departments: 0, crm: NO_CRM };
  if (await demoDone(ds.manager)) return nothing;
  // Hashed once outside the transaction (argon2 takes tens of ms) and shared by every demo agent.
  const hash = (await markerExists(ds.manager)) ? null : await hashPassword(DEMO_PASSWORD);
  // The files' bytes go in first, and out again unless a committed record points at them.
  const storage = opts.files;
  const files = storage ? await storeDemoFiles(storage) : [];
  let filled: Filled | null = null;
  try {
    filled = await once(ds, demoDone, async (em) => ({
      agents: (await markerExists(em)) ? null : await fill(hash ?? (await hashPassword(DEMO_PASSWORD)), em),
      crm: await fillCrm({ ...sc, em }, files),
    }));
  } finally {
    if (storage) for (const f of files.slice(filled?.crm.files ?? 0)) await storage.delete(f.key);
  }
  if (!filled) return nothing;
  const { agents, crm } = filled;
  const result: SeedResult = { ...nothing, ...agents, created: true, crm };
  if (agents) {
    log(
      `Demo data: ${result.agents} agents, ${result.teams} teams, ${result.permissionGroups} permission groups, ` +
        `${result.departments} departments (password "${DEMO_PASSWORD}").`,
    );
  }
  if (crm.users) {
    log(
      `Demo CRM: ${crm.users} users, ${crm.organizations} organizations, ${crm.usergroups} usergroups, ${crm.notes} notes, ` +
        `${crm.files} files, ${crm.customValues} custom field values.`,
    );
  }
  if (!agents) return result;
  const seats = opts.licenseSeats ?? config?.licenseSeats ?? Number.POSITIVE_INFINITY;
  const pending = await ds.manager.count(Invitation, {
    where: { storedStatus: InvitationStatus.PENDING, expiresAt: MoreThan(new Date()) },
  });
  const usage = { used: (await ds.manager.count(Agent)) + pending };
  if (usage.used > seats) {
    warn(
      `Warning: ${usage.used} agents and pending invitations exceed LICENSE_SEATS=${seats}. The demo seed ignores the ` +
        'license; adding agents through the API will fail with LICENSE_LIMIT_REACHED until some are deleted.',
    );
  }
  return result;
}

async function fill(passwordHash: string, em: EntityManager): Promise<Omit<SeedResult, 'crm' | 'created'>> {
  const now = new Date();
  const actor = systemActor('Demo seed');
  const depts = await ensureNamed(em, Department, DEPARTMENTS, (name) => ({ name, createdAt: now }));
  const teams = await ensureNamed(em, Team, TEAMS, (name) => ({ name, createdAt: now }));
  const units = await ensureNamed(em, BusinessUnit, [...new Set(AGENTS.map((a) => a.unit))], (name) => ({ name, createdAt: now }));
  const specByName = new Map(GROUPS.map((g) => [g.name, g]));
  const groups = await ensureNamed(em, PermissionGroup, [ALL, NON_DESTRUCTIVE, ...specByName.keys()], (name) => ({
    name,
    builtIn: false,
    storedPermissions: specByName.get(name)!.permissions,
    createdAt: now,
  }));
  // Department access only for groups made here: an existing group keeps what its admin chose.
  await insertInChunks(
    em,
    GroupDepartment,
    GROUPS.filter((g) => groups.created.has(g.name)).flatMap((g) =>
      accessRows(g.departments, depts.ids).map((r) => ({ groupId: groups.ids.get(g.name)!, ...r })),
    ),
  );

  const existing = new Set(
    (await em.find(Agent, { select: { email: true }, where: { email: inList(AGENTS.map((a) => demoEmail(a.name))) } })).map((a) => a.email),
  );
  const specs = AGENTS.filter((a) => !existing.has(demoEmail(a.name)));
  await insertInChunks(
    em,
    Agent,
    specs.map((a) => agentRow(a, passwordHash, now, units.ids)),
  );
  const inserted = specs.length
    ? await em.find(Agent, {
        select: { id: true, email: true, extraEmails: true },
        where: { email: inList(specs.map((a) => demoEmail(a.name))) },
      })
    : [];
  await claimAgentEmails(em, inserted, { fresh: true });
  const agentIds = new Map(inserted.map((a) => [a.email, a.id]));
  await syncAgentWords(
    em,
    inserted.map((a) => a.id),
  );
  const idOf = (a: AgentSpec) => agentIds.get(demoEmail(a.name))!;

  await insertInChunks(
    em,
    TeamMember,
    specs.flatMap((a) => a.teams.map((t) => ({ teamId: teams.ids.get(t)!, agentId: idOf(a) }))),
  );
  await insertInChunks(
    em,
    AgentPermissionGroup,
    specs.flatMap((a) => a.groups.map((g) => ({ groupId: groups.ids.get(g)!, agentId: idOf(a) }))),
  );
  await insertInChunks(
    em,
    AgentDepartment,
    specs.flatMap((a) => accessRows(a.departments ?? {}, depts.ids).map((r) => ({ agentId: idOf(a), ...r }))),
  );

  const created = (type: ChangeLogEntityType, id: number, name: string) =>
    recordChanges(em, actor, type, id, [{ field: 'created', oldValue: null, newValue: name }]);
  for (const name of depts.created) await created(ChangeLogEntityType.DEPARTMENT, depts.ids.get(name)!, name);
  for (const name of teams.created) await created(ChangeLogEntityType.TEAM, teams.ids.get(name)!, name);
  for (const name of units.created) await created(ChangeLogEntityType.BUSINESS_UNIT, units.ids.get(name)!, name);
  for (const name of groups.created) await created(ChangeLogEntityType.PERMISSION_GROUP, groups.ids.get(name)!, name);
  for (const a of specs) await created(ChangeLogEntityType.AGENT, idOf(a), demoEmail(a.name));
  return {
    agents: specs.length,
    teams: teams.created.size,
    permissionGroups: groups.created.size,
    departments: depts.created.size,
  };
}

function accessRows(access: Access, deptIds: Map<string, number>): { departmentId: number; access: DepartmentAccessLevel }[] {
  return Object.entries(access).map(([name, level]) => ({ departmentId: deptIds.get(name)!, access: DepartmentAccessLevel[level] }));
}

/** The demo's numbers in E.164; the SMS number (Preferences) is the mobile when there is one, else the landline. */
function seedPhones(a: AgentSpec): StoredPhone[] {
  const e164 = (raw: string) => {
    const r = parsePhone(raw);
    if (!r.ok) throw new Error(`seed phone ${raw} ${r.problem}`);
    return r.e164;
  };
  const sms = a.mobile ?? a.phone;
  return [
    ...(a.mobile ? [{ label: 'MOBILE' as const, number: e164(a.mobile) }] : []),
    ...(a.phone ? [{ label: 'LANDLINE' as const, number: e164(a.phone) }] : []),
    ...(sms ? [{ label: 'SMS' as const, number: e164(sms) }] : []),
  ];
}

function agentRow(a: AgentSpec, passwordHash: string, now: Date, unitIds: Map<string, number>): Partial<Agent> {
  return newAgentRow({
    email: demoEmail(a.name),
    extraEmails: a.extraEmails ?? [],
    name: a.name,
    alias: a.alias ?? null,
    phones: seedPhones(a),
    timezone: a.tz,
    language: a.lang,
    businessUnitId: unitIds.get(a.unit) ?? null,
    isAdmin: a.admin ?? false,
    isReportsAdmin: a.reports ?? a.admin ?? false,
    status: a.disabled ? AgentStatus.DISABLED : AgentStatus.ACTIVE,
    passwordHash,
    permissions: a.permissions ?? [],
    createdAt: now,
    updatedAt: now,
  });
}
