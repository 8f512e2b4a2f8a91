import { DataSource, EntityManager, EntityTarget, In, MoreThan, ObjectLiteral } from 'typeorm';
import { ALL_PERMISSIONS_GROUP_ID, BUILT_IN_GROUPS, NON_DESTRUCTIVE_GROUP_ID, unknownPermissions } from '@roster/shared';
import { loadConfig } from '../config';
import { systemActor } from '../common/actor';
import { Agent, AgentStatus, newAgentRow } from '../modules/agent';
import { hashPassword } from '../modules/auth';
import { Invitation, InvitationStatus } from '../modules/invitation';
import { ChangeLogEntityType, recordChanges } from '../common/change-log';
import { AgentDepartment, Department, DepartmentAccessLevel, GroupDepartment } from '../modules/department';
import { AgentPermissionGroup, PermissionGroup } from '../modules/permission';
import { Team, TeamMember } from '../modules/team';
import { inTransaction } from '../common/transaction';

/** Every demo agent signs in with this password. Demo data only: never on a real helpdesk. */
export const DEMO_PASSWORD = 'demo-password';
export const DEMO_EMAIL_DOMAIN = 'demo.roster.local';
/** Its presence means the demo was already seeded. */
export const DEMO_MARKER_TEAM = 'Support Tier 1';

const TEAMS = [DEMO_MARKER_TEAM, 'Support Tier 2', 'Billing', 'Onboarding', 'VIP Desk'] as const;
const DEPARTMENTS = ['Support', 'Sales', 'Billing', 'Technical'] as const;
type TeamName = (typeof TEAMS)[number];
type DeptName = (typeof DEPARTMENTS)[number];
type Access = Partial<Record<DeptName, 'FULL' | 'ASSIGN'>>;

const ALL = BUILT_IN_GROUPS.find((g) => g.id === ALL_PERMISSIONS_GROUP_ID)!.name;
const NON_DESTRUCTIVE = BUILT_IN_GROUPS.find((g) => g.id === NON_DESTRUCTIVE_GROUP_ID)!.name;

interface GroupSpec {
  name: string;
  permissions: string[];
  departments: Access;
}

const PROFILE = ['profile.edit_own', 'profile.edit_own_ticket_notifications'];
const GROUPS: GroupSpec[] = [
  {
    name: 'Tier 1 Agents',
    permissions: [
      'tickets.view_unassigned', 'tickets.reply', 'tickets.assign', 'tickets.edit_fields',
      'people.view', 'people.create', 'people.edit', 'people.add_notes', 'chat.use', 'kb.create', 'kb.edit', ...PROFILE,
    ],
    departments: { Support: 'FULL', Technical: 'ASSIGN', Billing: 'ASSIGN' },
  },
  {
    name: 'Billing Specialists',
    permissions: [
      'tickets.view_unassigned', 'tickets.view_others', 'tickets.reply', 'tickets.assign', 'tickets.edit_fields', 'tickets.merge',
      'people.view', 'people.edit', 'people.manage_organizations', 'people.add_notes', ...PROFILE,
    ],
    departments: { Billing: 'FULL', Sales: 'ASSIGN', Support: 'ASSIGN' },
  },
  {
    name: 'Onboarding Specialists',
    permissions: [
      'tickets.view_unassigned', 'tickets.reply', 'tickets.assign', 'people.view', 'people.create', 'people.edit',
      'people.manage_organizations', 'people.manage_usergroups', 'people.add_notes', 'chat.use', 'chat.transfer',
      'kb.create', 'kb.edit', 'kb.publish', ...PROFILE,
    ],
    departments: { Sales: 'FULL', Support: 'ASSIGN' },
  },
  {
    name: 'Read-only Auditors',
    permissions: ['tickets.view_unassigned', 'tickets.view_others', 'people.view', 'profile.edit_own'],
    departments: { Support: 'FULL', Billing: 'FULL', Sales: 'FULL', Technical: 'FULL' },
  },
];
type GroupName = (typeof GROUPS)[number]['name'] | typeof ALL | typeof NON_DESTRUCTIVE;

interface AgentSpec {
  name: string;
  alias?: string;
  tz: string;
  lang: string;
  unit: string;
  phone?: string;
  mobile?: string;
  teams: TeamName[];
  groups: GroupName[];
  departments?: Access;
  permissions?: string[];
  extraEmails?: string[];
  admin?: boolean;
  reports?: boolean;
  disabled?: boolean;
}

const T1 = 'Support Tier 1', T2 = 'Support Tier 2', BIL = 'Billing', ONB = 'Onboarding', VIP = 'VIP Desk';
const TIER1 = 'Tier 1 Agents', BILLING = 'Billing Specialists', ONBOARDING = 'Onboarding Specialists', AUDIT = 'Read-only Auditors';
const AMERICAS = 'Customer Care Americas', EMEA = 'Customer Care EMEA', APAC = 'Customer Care APAC';
const TECH = 'Technical Support', FIN = 'Finance', CS = 'Customer Success', KEY = 'Key Accounts', QA = 'Quality & Compliance';
const L2: Access = { Support: 'FULL', Technical: 'FULL' };
const VIP_ACCESS: Access = { Support: 'FULL', Sales: 'FULL', Billing: 'ASSIGN' };

// Phone numbers use ranges set aside for fiction where a country has one (555-01xx, 020 7946 0xxx, 0491 570 xxx).
const AGENTS: AgentSpec[] = [
  { name: 'Victoria Hayes', tz: 'America/New_York', lang: 'en-US', unit: KEY, phone: '+1 212 555 0134', mobile: '+1 646 555 0118', teams: [VIP, T2], groups: [ALL], admin: true, extraEmails: ['vip-escalations@demo.roster.local'] },
  { name: 'Grace Thompson', tz: 'America/New_York', lang: 'en-US', unit: FIN, phone: '+1 617 555 0142', teams: [BIL], groups: [BILLING], departments: { Sales: 'FULL' }, permissions: ['people.merge'], reports: true },
  { name: 'Elena Petrova', tz: 'Europe/Sofia', lang: 'bg', unit: QA, phone: '+359 2 491 7730', teams: [], groups: [AUDIT], reports: true },
  { name: 'Samuel Reid', tz: 'Europe/London', lang: 'en-GB', unit: QA, phone: '+44 20 7946 0321', teams: [], groups: [AUDIT] },
  { name: "Liam O'Connor", alias: 'Liam', tz: 'Europe/Dublin', lang: 'en-IE', unit: EMEA, phone: '+353 1 555 0147', teams: [T1], groups: [TIER1] },
  { name: 'Sofia Rossi', tz: 'Europe/Rome', lang: 'it', unit: EMEA, phone: '+39 02 5555 0172', teams: [T1], groups: [TIER1] },
  { name: 'Kenji Watanabe', alias: 'Ken', tz: 'Asia/Tokyo', lang: 'ja', unit: APAC, phone: '+81 3 5555 0190', teams: [T1], groups: [TIER1] },
  { name: 'Amara Okafor', tz: 'Africa/Lagos', lang: 'en', unit: EMEA, phone: '+234 1 555 0163', teams: [T1, ONB], groups: [TIER1], permissions: ['tickets.merge', 'kb.publish'] },
  { name: 'Lucas Martin', tz: 'Europe/Paris', lang: 'fr', unit: EMEA, teams: [T1], groups: [TIER1] },
  { name: 'Priya Sharma', tz: 'Asia/Kolkata', lang: 'en-IN', unit: APAC, phone: '+91 22 5555 0128', teams: [T1], groups: [TIER1], permissions: ['chat.transfer'] },
  { name: 'Mateo García', alias: 'Mateo G.', tz: 'Europe/Madrid', lang: 'es', unit: EMEA, phone: '+34 91 555 0155', teams: [T1], groups: [TIER1] },
  { name: 'Hannah Schmidt', tz: 'Europe/Berlin', lang: 'de', unit: EMEA, phone: '+49 30 5555 0181', teams: [T1], groups: [TIER1] },
  { name: 'Chloé Dubois', tz: 'Europe/Paris', lang: 'fr', unit: EMEA, teams: [T1], groups: [TIER1], disabled: true },
  { name: 'Tyler Brooks', tz: 'America/Chicago', lang: 'en-US', unit: AMERICAS, phone: '+1 312 555 0147', teams: [T1], groups: [TIER1] },
  { name: 'Ana Souza', tz: 'America/Sao_Paulo', lang: 'pt-BR', unit: AMERICAS, mobile: '+55 11 95555 0136', teams: [T1], groups: [TIER1] },
  { name: 'Daniel Kim', tz: 'America/Los_Angeles', lang: 'en-US', unit: TECH, phone: '+1 310 555 0172', teams: [T2], groups: [NON_DESTRUCTIVE], departments: L2 },
  { name: 'Aleksandra Nowak', alias: 'Ola', tz: 'Europe/Warsaw', lang: 'pl', unit: TECH, phone: '+48 22 555 0119', teams: [T2], groups: [NON_DESTRUCTIVE], departments: L2 },
  { name: 'Fatima Al-Sayed', tz: 'Asia/Dubai', lang: 'ar', unit: TECH, mobile: '+971 50 555 0104', teams: [T2, VIP], groups: [NON_DESTRUCTIVE], departments: L2 },
  { name: 'Oliver Bennett', tz: 'Europe/London', lang: 'en-GB', unit: TECH, phone: '+44 20 7946 0558', teams: [T2], groups: [NON_DESTRUCTIVE], departments: L2 },
  { name: 'Ingrid Larsen', tz: 'Europe/Oslo', lang: 'nb', unit: TECH, phone: '+47 22 55 50 12', teams: [T2], groups: [NON_DESTRUCTIVE], departments: { Technical: 'FULL', Support: 'ASSIGN' } },
  { name: 'Rahul Mehta', tz: 'Asia/Kolkata', lang: 'hi', unit: TECH, teams: [T2], groups: [NON_DESTRUCTIVE], departments: L2, disabled: true },
  { name: 'Jonas Weber', tz: 'Europe/Berlin', lang: 'de', unit: FIN, phone: '+49 69 5555 0133', teams: [BIL], groups: [BILLING], permissions: ['tickets.delete_own'] },
  { name: 'Mei Lin Chen', alias: 'Mei', tz: 'Asia/Singapore', lang: 'zh-SG', unit: FIN, phone: '+65 6555 0127', teams: [BIL], groups: [BILLING] },
  { name: 'Carlos Mendoza', tz: 'America/Mexico_City', lang: 'es-MX', unit: FIN, phone: '+52 55 5555 0166', teams: [BIL], groups: [BILLING] },
  { name: 'Emily Walsh', tz: 'Europe/London', lang: 'en-GB', unit: FIN, phone: '+44 20 7946 0812', teams: [BIL, VIP], groups: [BILLING] },
  { name: 'Noah Fischer', tz: 'Europe/Zurich', lang: 'de-CH', unit: CS, phone: '+41 44 555 01 75', teams: [ONB], groups: [ONBOARDING] },
  { name: 'Zoe Anderson', tz: 'Australia/Sydney', lang: 'en-AU', unit: CS, mobile: '+61 491 570 156', teams: [ONB], groups: [ONBOARDING] },
  { name: 'Yusuf Demir', tz: 'Europe/Istanbul', lang: 'tr', unit: CS, phone: '+90 212 555 0149', teams: [ONB], groups: [ONBOARDING] },
  { name: 'Isabelle Laurent', tz: 'America/Toronto', lang: 'fr-CA', unit: CS, phone: '+1 416 555 0183', teams: [ONB], groups: [ONBOARDING] },
  { name: 'Sebastian Müller', alias: 'Seb', tz: 'Europe/Vienna', lang: 'de-AT', unit: KEY, phone: '+43 1 555 0170', teams: [VIP], groups: [NON_DESTRUCTIVE], departments: VIP_ACCESS },
  { name: 'Aiko Tanaka', tz: 'Asia/Tokyo', lang: 'ja', unit: KEY, phone: '+81 3 5555 0114', teams: [VIP], groups: [NON_DESTRUCTIVE], departments: VIP_ACCESS },
  { name: 'Marcus Johnson', tz: 'America/Denver', lang: 'en-US', unit: KEY, phone: '+1 303 555 0190', teams: [VIP, T2], groups: [NON_DESTRUCTIVE], departments: { ...VIP_ACCESS, Technical: 'ASSIGN' } },
];

// A typo in the tables above should fail loudly, not seed a permission the catalogue lacks.
const badKeys = unknownPermissions([...GROUPS, ...AGENTS].flatMap((x) => x.permissions ?? []));
if (badKeys.length) throw new Error(`seed: unknown permissions ${badKeys.join(', ')}`);

/** "Mateo García" -> "mateo.garcia@demo.roster.local" (first and last word, accents and quotes dropped). */
export function demoEmail(name: string, domain = DEMO_EMAIL_DOMAIN): string {
  const words = name.normalize('NFD').replace(/[^A-Za-z\s-]/g, '').toLowerCase().split(/\s+/);
  return `${words[0]}.${words[words.length - 1]}@${domain}`;
}

export interface SeedOptions {
  /** Defaults to LICENSE_SEATS from the environment; only used for the warning. */
  licenseSeats?: number;
  log?: (msg: string) => void;
  warn?: (msg: string) => void;
}

export interface SeedResult {
  created: boolean;
  agents: number;
  teams: number;
  permissionGroups: number;
  departments: number;
}

/** Multi-row INSERTs of at most `size` rows, which keeps SQLite under its bound-variable limit. */
export async function insertInChunks<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: Partial<T>[], size = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await em.insert(entity, rows.slice(i, i + size) as never);
}

/** Ids by name for the named rows, inserting the missing ones (an admin may have made "Support" already). */
async function ensureNamed<T extends { id: number; name: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  names: readonly string[],
  make: (name: string) => Partial<T>,
): Promise<{ ids: Map<string, number>; created: Set<string> }> {
  const find = async () => em.getRepository(entity).find({ select: { id: true, name: true } as never, where: { name: In([...names]) } as never });
  const have = new Set((await find()).map((r) => r.name));
  const created = new Set(names.filter((n) => !have.has(n)));
  await insertInChunks(em, entity, [...created].map(make));
  return { ids: new Map((await find()).map((r) => [r.name, r.id])), created };
}

const markerExists = (em: EntityManager) => em.exists(Team, { where: { name: DEMO_MARKER_TEAM } });

function defaultSeats(): number {
  try {
    return loadConfig().licenseSeats;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Fills a demo helpdesk: agents, teams, departments, permission groups and their links, in one
 * transaction. Idempotent: does nothing when the team "Support Tier 1" exists. A developer tool,
 * so it ignores LICENSE_SEATS, but says so when the demo goes over it.
 */
export async function seedDemo(ds: DataSource, opts: SeedOptions = {}): Promise<SeedResult> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const nothing: SeedResult = { created: false, agents: 0, teams: 0, permissionGroups: 0, departments: 0 };
  if (await markerExists(ds.manager)) return nothing;
  // Hashed once outside the transaction (argon2 takes tens of ms) and shared by every demo agent.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let result: SeedResult;
  for (let attempt = 1; ; attempt++) {
    try {
      result = await inTransaction(ds, async (em) => ((await markerExists(em)) ? nothing : fill(em, passwordHash)));
      break;
    } catch (e) {
      // A concurrent seed on MySQL trips the unique names (or a deadlock). Once it has committed
      // there is nothing left to do; if it has not yet, one retry waits on its locks and sees it.
      if (await markerExists(ds.manager)) return nothing;
      if (attempt >= 2) throw e;
    }
  }
  if (!result.created) return result;
  log(
    `Demo data: ${result.agents} agents, ${result.teams} teams, ${result.permissionGroups} permission groups, ` +
      `${result.departments} departments (password "${DEMO_PASSWORD}").`,
  );
  const seats = opts.licenseSeats ?? defaultSeats();
  const pending = await ds.manager.count(Invitation, { where: { storedStatus: InvitationStatus.PENDING, expiresAt: MoreThan(new Date()) } });
  const usage = { used: (await ds.manager.count(Agent)) + pending };
  if (usage.used > seats) {
    warn(
      `Warning: ${usage.used} agents and pending invitations exceed LICENSE_SEATS=${seats}. The demo seed ignores the ` +
        'license; adding agents through the API will fail with LICENSE_LIMIT_REACHED until some are deleted.',
    );
  }
  return result;
}

async function fill(em: EntityManager, passwordHash: string): Promise<SeedResult> {
  const now = new Date();
  const actor = systemActor('Demo seed');
  const depts = await ensureNamed(em, Department, DEPARTMENTS, (name) => ({ name, createdAt: now }));
  const teams = await ensureNamed(em, Team, TEAMS, (name) => ({ name, createdAt: now }));
  const specByName = new Map(GROUPS.map((g) => [g.name, g]));
  const groups = await ensureNamed(em, PermissionGroup, [ALL, NON_DESTRUCTIVE, ...specByName.keys()], (name) => ({
    name, builtIn: false, storedPermissions: specByName.get(name)!.permissions, createdAt: now,
  }));
  // Department access only for groups made here: an existing group keeps what its admin chose.
  await insertInChunks(em, GroupDepartment, GROUPS.filter((g) => groups.created.has(g.name)).flatMap((g) =>
    accessRows(g.departments, depts.ids).map((r) => ({ groupId: groups.ids.get(g.name)!, ...r }))));

  const existing = new Set((await em.find(Agent, { select: { email: true }, where: { email: In(AGENTS.map((a) => demoEmail(a.name))) } })).map((a) => a.email));
  const specs = AGENTS.filter((a) => !existing.has(demoEmail(a.name)));
  await insertInChunks(em, Agent, specs.map((a) => agentRow(a, passwordHash, now)));
  const inserted = specs.length ? await em.find(Agent, { select: { id: true, email: true }, where: { email: In(specs.map((a) => demoEmail(a.name))) } }) : [];
  const agentIds = new Map(inserted.map((a) => [a.email, a.id]));
  const idOf = (a: AgentSpec) => agentIds.get(demoEmail(a.name))!;

  await insertInChunks(em, TeamMember, specs.flatMap((a) => a.teams.map((t) => ({ teamId: teams.ids.get(t)!, agentId: idOf(a) }))));
  await insertInChunks(em, AgentPermissionGroup, specs.flatMap((a) => a.groups.map((g) => ({ groupId: groups.ids.get(g)!, agentId: idOf(a) }))));
  await insertInChunks(em, AgentDepartment, specs.flatMap((a) => accessRows(a.departments ?? {}, depts.ids).map((r) => ({ agentId: idOf(a), ...r }))));

  const created = (type: ChangeLogEntityType, id: number, name: string) =>
    recordChanges(em, actor, type, id, [{ field: 'created', oldValue: null, newValue: name }]);
  for (const name of depts.created) await created(ChangeLogEntityType.DEPARTMENT, depts.ids.get(name)!, name);
  for (const name of teams.created) await created(ChangeLogEntityType.TEAM, teams.ids.get(name)!, name);
  for (const name of groups.created) await created(ChangeLogEntityType.PERMISSION_GROUP, groups.ids.get(name)!, name);
  for (const a of specs) await created(ChangeLogEntityType.AGENT, idOf(a), demoEmail(a.name));
  return { created: true, agents: specs.length, teams: teams.created.size, permissionGroups: groups.created.size, departments: depts.created.size };
}

function accessRows(access: Access, deptIds: Map<string, number>): { departmentId: number; access: DepartmentAccessLevel }[] {
  return Object.entries(access).map(([name, level]) => ({ departmentId: deptIds.get(name)!, access: DepartmentAccessLevel[level] }));
}

function agentRow(a: AgentSpec, passwordHash: string, now: Date): Partial<Agent> {
  return newAgentRow({
    email: demoEmail(a.name),
    extraEmails: a.extraEmails ?? [],
    name: a.name,
    alias: a.alias ?? null,
    // The Preferences phone is the SMS number, so a mobile wins over a landline.
    phone: a.mobile ?? a.phone ?? null,
    landlinePhone: a.phone ?? null,
    mobilePhone: a.mobile ?? null,
    timezone: a.tz,
    language: a.lang,
    businessUnit: a.unit,
    isAdmin: a.admin ?? false,
    isReportsAdmin: a.reports ?? a.admin ?? false,
    status: a.disabled ? AgentStatus.DISABLED : AgentStatus.ACTIVE,
    passwordHash,
    permissions: a.permissions ?? [],
    createdAt: now,
    updatedAt: now,
  });
}
