// The demo helpdesk (pnpm seed, --demo): teams, departments, custom groups and agents. The code
// that writes it is seed.ts.
import { ALL_PERMISSIONS_GROUP_ID, BUILT_IN_GROUPS, NON_DESTRUCTIVE_GROUP_ID, unknownPermissions } from '@roster/shared';

/** Every demo agent signs in with this password. Demo data only: never on a real helpdesk. */
export const DEMO_PASSWORD = 'demo-password';
export const DEMO_EMAIL_DOMAIN = 'demo.roster.local';
/** Its presence means the demo was already seeded. */
export const DEMO_MARKER_TEAM = 'Support Tier 1';

export const TEAMS = [DEMO_MARKER_TEAM, 'Support Tier 2', 'Billing', 'Onboarding', 'VIP Desk'] as const;
export const DEPARTMENTS = ['Support', 'Sales', 'Billing', 'Technical'] as const;
type TeamName = (typeof TEAMS)[number];
type DeptName = (typeof DEPARTMENTS)[number];
export type Access = Partial<Record<DeptName, 'FULL' | 'ASSIGN'>>;

export const ALL = BUILT_IN_GROUPS.find((g) => g.id === ALL_PERMISSIONS_GROUP_ID)!.name;
export const NON_DESTRUCTIVE = BUILT_IN_GROUPS.find((g) => g.id === NON_DESTRUCTIVE_GROUP_ID)!.name;

export interface GroupSpec {
  name: string;
  permissions: string[];
  departments: Access;
}

const PROFILE = ['profile.edit_own', 'profile.edit_own_ticket_notifications'];
export const GROUPS: GroupSpec[] = [
  {
    name: 'Tier 1 Agents',
    permissions: [
      'tickets.view_unassigned',
      'tickets.reply',
      'tickets.assign',
      'tickets.edit_fields',
      'people.view',
      'people.create',
      'people.edit',
      'people.add_notes',
      'chat.use',
      'kb.create',
      'kb.edit',
      ...PROFILE,
    ],
    departments: { Support: 'FULL', Technical: 'ASSIGN', Billing: 'ASSIGN' },
  },
  {
    name: 'Billing Specialists',
    permissions: [
      'tickets.view_unassigned',
      'tickets.view_others',
      'tickets.reply',
      'tickets.assign',
      'tickets.edit_fields',
      'tickets.merge',
      'people.view',
      'people.edit',
      'people.manage_organizations',
      'people.add_notes',
      ...PROFILE,
    ],
    departments: { Billing: 'FULL', Sales: 'ASSIGN', Support: 'ASSIGN' },
  },
  {
    name: 'Onboarding Specialists',
    permissions: [
      'tickets.view_unassigned',
      'tickets.reply',
      'tickets.assign',
      'people.view',
      'people.create',
      'people.edit',
      'people.manage_organizations',
      'people.manage_usergroups',
      'people.add_notes',
      'chat.use',
      'chat.transfer',
      'kb.create',
      'kb.edit',
      'kb.publish',
      ...PROFILE,
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

export interface AgentSpec {
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

const T1 = 'Support Tier 1',
  T2 = 'Support Tier 2',
  BIL = 'Billing',
  ONB = 'Onboarding',
  VIP = 'VIP Desk';
const TIER1 = 'Tier 1 Agents',
  BILLING = 'Billing Specialists',
  ONBOARDING = 'Onboarding Specialists',
  AUDIT = 'Read-only Auditors';
const AMERICAS = 'Customer Care Americas',
  EMEA = 'Customer Care EMEA',
  APAC = 'Customer Care APAC';
const TECH = 'Technical Support',
  FIN = 'Finance',
  CS = 'Customer Success',
  KEY = 'Key Accounts',
  QA = 'Quality & Compliance';
const L2: Access = { Support: 'FULL', Technical: 'FULL' };
const VIP_ACCESS: Access = { Support: 'FULL', Sales: 'FULL', Billing: 'ASSIGN' };

// Phone numbers use ranges set aside for fiction where a country has one (555-01xx, 020 7946 0xxx, 0491 570 xxx).
export const AGENTS: AgentSpec[] = [
  {
    name: 'Victoria Hayes',
    tz: 'America/New_York',
    lang: 'en-US',
    unit: KEY,
    phone: '+1 212 555 0134',
    mobile: '+1 646 555 0118',
    teams: [VIP, T2],
    groups: [ALL],
    admin: true,
    extraEmails: ['vip-escalations@demo.roster.local'],
  },
  {
    name: 'Grace Thompson',
    tz: 'America/New_York',
    lang: 'en-US',
    unit: FIN,
    phone: '+1 617 555 0142',
    teams: [BIL],
    groups: [BILLING],
    departments: { Sales: 'FULL' },
    permissions: ['people.merge'],
    reports: true,
  },
  { name: 'Elena Petrova', tz: 'Europe/Sofia', lang: 'bg', unit: QA, phone: '+359 2 491 7730', teams: [], groups: [AUDIT], reports: true },
  { name: 'Samuel Reid', tz: 'Europe/London', lang: 'en-GB', unit: QA, phone: '+44 20 7946 0321', teams: [], groups: [AUDIT] },
  {
    name: "Liam O'Connor",
    alias: 'Liam',
    tz: 'Europe/Dublin',
    lang: 'en-IE',
    unit: EMEA,
    phone: '+353 1 555 0147',
    teams: [T1],
    groups: [TIER1],
  },
  { name: 'Sofia Rossi', tz: 'Europe/Rome', lang: 'it', unit: EMEA, phone: '+39 02 5555 0172', teams: [T1], groups: [TIER1] },
  {
    name: 'Kenji Watanabe',
    alias: 'Ken',
    tz: 'Asia/Tokyo',
    lang: 'ja',
    unit: APAC,
    phone: '+81 3 5555 0190',
    teams: [T1],
    groups: [TIER1],
  },
  {
    name: 'Amara Okafor',
    tz: 'Africa/Lagos',
    lang: 'en',
    unit: EMEA,
    mobile: '+234 802 555 0163',
    teams: [T1, ONB],
    groups: [TIER1],
    permissions: ['tickets.merge', 'kb.publish'],
  },
  { name: 'Lucas Martin', tz: 'Europe/Paris', lang: 'fr', unit: EMEA, teams: [T1], groups: [TIER1] },
  {
    name: 'Priya Sharma',
    tz: 'Asia/Kolkata',
    lang: 'en-IN',
    unit: APAC,
    phone: '+91 22 5555 0128',
    teams: [T1],
    groups: [TIER1],
    permissions: ['chat.transfer'],
  },
  {
    name: 'Mateo García',
    alias: 'Mateo G.',
    tz: 'Europe/Madrid',
    lang: 'es',
    unit: EMEA,
    phone: '+34 91 555 0155',
    teams: [T1],
    groups: [TIER1],
  },
  { name: 'Hannah Schmidt', tz: 'Europe/Berlin', lang: 'de', unit: EMEA, phone: '+49 30 5555 0181', teams: [T1], groups: [TIER1] },
  { name: 'Chloé Dubois', tz: 'Europe/Paris', lang: 'fr', unit: EMEA, teams: [T1], groups: [TIER1], disabled: true },
  { name: 'Tyler Brooks', tz: 'America/Chicago', lang: 'en-US', unit: AMERICAS, phone: '+1 312 555 0147', teams: [T1], groups: [TIER1] },
  { name: 'Ana Souza', tz: 'America/Sao_Paulo', lang: 'pt-BR', unit: AMERICAS, mobile: '+55 11 95555 0136', teams: [T1], groups: [TIER1] },
  {
    name: 'Daniel Kim',
    tz: 'America/Los_Angeles',
    lang: 'en-US',
    unit: TECH,
    phone: '+1 310 555 0172',
    teams: [T2],
    groups: [NON_DESTRUCTIVE],
    departments: L2,
  },
  {
    name: 'Aleksandra Nowak',
    alias: 'Ola',
    tz: 'Europe/Warsaw',
    lang: 'pl',
    unit: TECH,
    phone: '+48 22 555 0119',
    teams: [T2],
    groups: [NON_DESTRUCTIVE],
    departments: L2,
  },
  {
    name: 'Fatima Al-Sayed',
    tz: 'Asia/Dubai',
    lang: 'ar',
    unit: TECH,
    mobile: '+971 50 555 0104',
    teams: [T2, VIP],
    groups: [NON_DESTRUCTIVE],
    departments: L2,
  },
  {
    name: 'Oliver Bennett',
    tz: 'Europe/London',
    lang: 'en-GB',
    unit: TECH,
    phone: '+44 20 7946 0558',
    teams: [T2],
    groups: [NON_DESTRUCTIVE],
    departments: L2,
  },
  {
    name: 'Ingrid Larsen',
    tz: 'Europe/Oslo',
    lang: 'nb',
    unit: TECH,
    phone: '+47 22 55 50 12',
    teams: [T2],
    groups: [NON_DESTRUCTIVE],
    departments: { Technical: 'FULL', Support: 'ASSIGN' },
  },
  {
    name: 'Rahul Mehta',
    tz: 'Asia/Kolkata',
    lang: 'hi',
    unit: TECH,
    teams: [T2],
    groups: [NON_DESTRUCTIVE],
    departments: L2,
    disabled: true,
  },
  {
    name: 'Jonas Weber',
    tz: 'Europe/Berlin',
    lang: 'de',
    unit: FIN,
    phone: '+49 69 5555 0133',
    teams: [BIL],
    groups: [BILLING],
    permissions: ['tickets.delete_own'],
  },
  {
    name: 'Mei Lin Chen',
    alias: 'Mei',
    tz: 'Asia/Singapore',
    lang: 'zh-SG',
    unit: FIN,
    phone: '+65 6555 0127',
    teams: [BIL],
    groups: [BILLING],
  },
  {
    name: 'Carlos Mendoza',
    tz: 'America/Mexico_City',
    lang: 'es-MX',
    unit: FIN,
    phone: '+52 55 5555 0166',
    teams: [BIL],
    groups: [BILLING],
  },
  { name: 'Emily Walsh', tz: 'Europe/London', lang: 'en-GB', unit: FIN, phone: '+44 20 7946 0812', teams: [BIL, VIP], groups: [BILLING] },
  { name: 'Noah Fischer', tz: 'Europe/Zurich', lang: 'de-CH', unit: CS, phone: '+41 44 555 01 75', teams: [ONB], groups: [ONBOARDING] },
  { name: 'Zoe Anderson', tz: 'Australia/Sydney', lang: 'en-AU', unit: CS, mobile: '+61 491 570 156', teams: [ONB], groups: [ONBOARDING] },
  { name: 'Yusuf Demir', tz: 'Europe/Istanbul', lang: 'tr', unit: CS, phone: '+90 212 555 0149', teams: [ONB], groups: [ONBOARDING] },
  {
    name: 'Isabelle Laurent',
    tz: 'America/Toronto',
    lang: 'fr-CA',
    unit: CS,
    phone: '+1 416 555 0183',
    teams: [ONB],
    groups: [ONBOARDING],
  },
  {
    name: 'Sebastian Müller',
    alias: 'Seb',
    tz: 'Europe/Vienna',
    lang: 'de-AT',
    unit: KEY,
    phone: '+43 1 555 0170',
    teams: [VIP],
    groups: [NON_DESTRUCTIVE],
    departments: VIP_ACCESS,
  },
  {
    name: 'Aiko Tanaka',
    tz: 'Asia/Tokyo',
    lang: 'ja',
    unit: KEY,
    phone: '+81 3 5555 0114',
    teams: [VIP],
    groups: [NON_DESTRUCTIVE],
    departments: VIP_ACCESS,
  },
  {
    name: 'Marcus Johnson',
    tz: 'America/Denver',
    lang: 'en-US',
    unit: KEY,
    phone: '+1 303 555 0190',
    teams: [VIP, T2],
    groups: [NON_DESTRUCTIVE],
    departments: { ...VIP_ACCESS, Technical: 'ASSIGN' },
  },
];

// A typo in the tables above should fail loudly, not seed a permission the catalogue lacks.
const badKeys = unknownPermissions([...GROUPS, ...AGENTS].flatMap((x) => x.permissions ?? []));
if (badKeys.length) throw new Error(`seed: unknown permissions ${badKeys.join(', ')}`);
