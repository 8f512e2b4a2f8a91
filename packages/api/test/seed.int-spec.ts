import { graphql } from './gql';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { ALL_PERMISSIONS_GROUP_ID, NON_DESTRUCTIVE_GROUP_ID, PERMISSION_KEYS } from '@roster/shared';
import { loadConfig } from '../src/config';
import { bootstrapFirstAdmin } from '../src/db/bootstrap';
import { entities } from '../src/db/entities';
import { DEMO_PASSWORD, seedDemo } from '../src/db/seed';
import { Agent, AgentStatus, newAgentRow } from '../src/modules/agent';
import { verifyPassword } from '../src/modules/auth';
import { ChangeLogEntityType, ChangeLogEntry } from '../src/common/change-log';
import { AgentDepartment, Department, GroupDepartment } from '../src/modules/department';
import { AgentPermissionGroup, PermissionGroup } from '../src/modules/permission';
import { Team, TeamMember } from '../src/modules/team';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { freshDataSource } from './helpers/test-db';

const DEMO_TEAMS = ['Support Tier 1', 'Support Tier 2', 'Billing', 'Onboarding', 'VIP Desk'];

/** Row count of every table, to prove a second run writes nothing. */
async function snapshot(ds: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const e of entities) counts[(e as { name: string }).name] = await ds.getRepository(e as EntityTarget<ObjectLiteral>).count();
  return counts;
}

describe('demo seed', () => {
  let ds: DataSource;
  const logs: string[] = [];
  const warnings: string[] = [];
  let first: Awaited<ReturnType<typeof seedDemo>>;

  beforeAll(async () => {
    ds = await freshDataSource();
    const config = loadConfig({ NODE_ENV: 'test', ADMIN_EMAIL: 'admin@example.com', ADMIN_PASSWORD: 'correct horse battery' });
    await bootstrapFirstAdmin(ds, config, () => undefined);
    first = await seedDemo(ds, { licenseSeats: 10, log: (m) => logs.push(m), warn: (m) => warnings.push(m) });
  });
  afterAll(() => ds.destroy());

  it('creates about thirty realistic agents sharing one demo password hash', async () => {
    expect(first.created).toBe(true);
    const agents = await ds.getRepository(Agent).find();
    const demo = agents.filter((a) => a.email.endsWith('@demo.roster.local'));
    expect(demo.length).toBe(first.agents);
    expect(demo.length).toBeGreaterThanOrEqual(25);
    expect(demo.length).toBeLessThanOrEqual(40);
    expect(new Set(demo.map((a) => a.email)).size).toBe(demo.length);
    expect(demo.filter((a) => a.alias).length).toBeGreaterThanOrEqual(3);
    expect(demo.filter((a) => a.phones?.length).length).toBeGreaterThan(demo.length / 2);
    expect(demo.flatMap((a) => a.phones ?? []).every((p) => /^\+[1-9][0-9]{6,14}$/.test(p.number))).toBe(true);
    expect(new Set(demo.map((a) => a.timezone)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(demo.map((a) => a.language)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(demo.map((a) => a.businessUnitId)).size).toBeGreaterThanOrEqual(4);
    expect(demo.every((a) => a.businessUnitId !== null)).toBe(true);
    for (const a of demo) {
      // A RangeError here means the name is not an IANA zone. (Intl.supportedValuesOf lists ICU's
      // older spellings, e.g. Asia/Calcutta, so it cannot be the reference for Asia/Kolkata.)
      expect(() => new Intl.DateTimeFormat('en', { timeZone: a.timezone })).not.toThrow();
      expect(a.createdAt).toBeInstanceOf(Date);
    }
    // Hashed once and reused: argon2 per agent would make seeding slow.
    expect(new Set(demo.map((a) => a.passwordHash)).size).toBe(1);
    expect(await verifyPassword(demo[0].passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it('has the expected roles: disabled agents, reports admins, one extra admin, direct permissions', async () => {
    const demo = (await ds.getRepository(Agent).find()).filter((a) => a.email.endsWith('@demo.roster.local'));
    expect(demo.filter((a) => a.status === AgentStatus.DISABLED)).toHaveLength(2);
    expect(demo.filter((a) => a.isAdmin).map((a) => a.email)).toEqual(['victoria.hayes@demo.roster.local']);
    expect(demo.filter((a) => a.isReportsAdmin && !a.isAdmin)).toHaveLength(2);
    const direct = demo.filter((a) => a.permissions.length > 0);
    expect(direct.length).toBeGreaterThanOrEqual(3);
    for (const a of direct) for (const k of a.permissions) expect(PERMISSION_KEYS.has(k)).toBe(true);
  });

  it('creates the teams with members and the departments', async () => {
    const teams = await ds.getRepository(Team).find();
    expect(teams.map((t) => t.name).sort()).toEqual([...DEMO_TEAMS].sort());
    const members = await ds.getRepository(TeamMember).find();
    for (const t of teams) expect(members.filter((m) => m.teamId === t.id).length).toBeGreaterThanOrEqual(3);
    const depts = await ds.getRepository(Department).find();
    expect(depts.map((d) => d.name).sort()).toEqual(['Billing', 'Sales', 'Support', 'Technical']);
    const access = await ds.getRepository(AgentDepartment).find();
    expect(new Set(access.map((a) => a.access))).toEqual(new Set(['FULL', 'ASSIGN']));
  });

  it('creates custom permission groups with catalogue permissions, department access and members', async () => {
    const groups = await ds.getRepository(PermissionGroup).find();
    const custom = groups.filter((g) => !g.builtIn);
    expect(custom.map((g) => g.name)).toEqual(expect.arrayContaining(['Tier 1 Agents', 'Billing Specialists', 'Read-only Auditors']));
    const links = await ds.getRepository(AgentPermissionGroup).find();
    const groupDepts = await ds.getRepository(GroupDepartment).find();
    for (const g of custom) {
      expect(g.storedPermissions.length).toBeGreaterThan(0);
      expect(g.storedPermissions.length).toBeLessThan(PERMISSION_KEYS.size);
      for (const k of g.storedPermissions) expect(PERMISSION_KEYS.has(k)).toBe(true);
      expect(links.filter((l) => l.groupId === g.id).length).toBeGreaterThanOrEqual(2);
      expect(groupDepts.filter((d) => d.groupId === g.id).length).toBeGreaterThanOrEqual(1);
    }
    const tier1 = custom.find((g) => g.name === 'Tier 1 Agents')!;
    expect(tier1.storedPermissions).toContain('tickets.reply');
    expect(tier1.storedPermissions).not.toContain('tickets.delete_team');
    expect(links.some((l) => l.groupId === ALL_PERMISSIONS_GROUP_ID)).toBe(true);
    expect(links.some((l) => l.groupId === NON_DESTRUCTIVE_GROUP_ID)).toBe(true);
    // Every demo agent is in at least one group, so nobody ends up with no permissions at all.
    const demo = (await ds.getRepository(Agent).find()).filter((a) => a.email.endsWith('@demo.roster.local'));
    for (const a of demo) expect(links.some((l) => l.agentId === a.id)).toBe(true);
  });

  it('writes a "created" change-log entry per agent, by the demo seed', async () => {
    const entries = await ds
      .getRepository(ChangeLogEntry)
      .findBy({ entityType: ChangeLogEntityType.AGENT, field: 'created', actorName: 'Demo seed' });
    expect(entries).toHaveLength(first.agents);
    expect(entries.every((e) => e.actorKind === 'SYSTEM' && e.newValue?.endsWith('@demo.roster.local'))).toBe(true);
  });

  it('ignores the license but warns when the agents exceed it', () => {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/exceed LICENSE_SEATS=10/);
    expect(logs.join('\n')).toMatch(/Demo data: \d+ agents, 5 teams/);
  });

  it('changes nothing on a second run', async () => {
    const before = await snapshot(ds);
    const again = await seedDemo(ds, { licenseSeats: 10, log: (m) => logs.push(m), warn: (m) => warnings.push(m) });
    expect(again.created).toBe(false);
    expect(await snapshot(ds)).toEqual(before);
    expect(warnings).toHaveLength(1);
  });
});

describe('demo seed next to existing data', () => {
  let ds: DataSource;
  afterAll(() => ds?.destroy());

  it('reuses a department, group and agent that already exist instead of failing on their names', async () => {
    ds = await freshDataSource();
    const now = new Date();
    await ds.getRepository(Department).insert({ name: 'Support', createdAt: now });
    await ds
      .getRepository(PermissionGroup)
      .insert({ name: 'Billing Specialists', builtIn: false, storedPermissions: ['people.view'], createdAt: now });
    await ds.getRepository(Agent).insert(newAgentRow({ email: 'liam.oconnor@demo.roster.local', name: 'Liam (real account)' }));
    const result = await seedDemo(ds, { licenseSeats: 1000, log: () => undefined, warn: () => undefined });
    expect(result).toMatchObject({ created: true, departments: 3, permissionGroups: 3, teams: 5 });
    expect(await ds.getRepository(Department).countBy({ name: 'Support' })).toBe(1);
    const liam = await ds.getRepository(Agent).findOneByOrFail({ email: 'liam.oconnor@demo.roster.local' });
    expect(liam.name).toBe('Liam (real account)');
    expect(await ds.getRepository(Agent).count()).toBe(result.agents + 1);
    // An admin's own group keeps its permissions and department access.
    const billing = await ds.getRepository(PermissionGroup).findOneByOrFail({ name: 'Billing Specialists' });
    expect(billing.storedPermissions).toEqual(['people.view']);
    expect(await ds.getRepository(GroupDepartment).countBy({ groupId: billing.id })).toBe(0);
    expect(await ds.getRepository(AgentPermissionGroup).countBy({ groupId: billing.id })).toBeGreaterThan(0);
  });
});

describe('two seeds at once', () => {
  let ds: DataSource;
  afterAll(() => ds?.destroy());

  it('create one demo between them (start-up --demo and pnpm seed racing)', async () => {
    ds = await freshDataSource();
    const quiet = { licenseSeats: 1000, log: () => undefined };
    const results = await Promise.all([seedDemo(ds, quiet), seedDemo(ds, quiet)]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await ds.getRepository(Team).countBy({ name: 'Support Tier 1' })).toBe(1);
    expect(await ds.getRepository(Agent).count()).toBe(results.find((r) => r.created)!.agents);
  });
});

describe('demo agents through the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.roster.ds, { licenseSeats: 100, log: () => undefined });
  });
  afterAll(() => t.close());

  it('signs in a demo agent with the demo password and shows group plus direct permissions', async () => {
    const token = await t.login('amara.okafor@demo.roster.local', DEMO_PASSWORD);
    const me = (
      await t.ok(
        graphql(`
          query SeedViewer {
            viewer {
              email
              isAdmin
              teams {
                name
              }
              permissionGroups {
                name
              }
              effectivePermissions
            }
          }
        `),
        {},
        { token },
      )
    ).viewer;
    expect(me.isAdmin).toBe(false);
    expect(me.teams.map((x: { name: string }) => x.name)).toEqual(['Onboarding', 'Support Tier 1']);
    expect(me.permissionGroups.map((x: { name: string }) => x.name)).toEqual(['Tier 1 Agents']);
    expect(me.effectivePermissions).toEqual(expect.arrayContaining(['tickets.reply', 'tickets.merge', 'kb.publish']));
    expect(me.effectivePermissions).not.toContain('tickets.delete_team');
  });

  it('keeps disabled demo agents out', async () => {
    const r = await t.gql(
      graphql(`
        mutation SeedLogin($e: String!, $p: String!) {
          login(email: $e, password: $p) {
            token
          }
        }
      `),
      { e: 'chloe.dubois@demo.roster.local', p: DEMO_PASSWORD },
    );
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('lists the demo agents with their departments for an admin', async () => {
    const d = await t.ok(
      graphql(`
        query SeedAgents {
          agents(first: 100) {
            totalCount
            edges {
              node {
                email
                departments {
                  access
                  department {
                    name
                  }
                }
              }
            }
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    expect(d.agents.totalCount).toBeGreaterThanOrEqual(30);
    const daniel = d.agents.edges.find((e) => e.node.email === 'daniel.kim@demo.roster.local')!.node;
    expect(daniel.departments).toEqual([
      { access: 'FULL', department: { name: 'Support' } },
      { access: 'FULL', department: { name: 'Technical' } },
    ]);
  });
});

describe('pnpm seed (seed-cli)', () => {
  const run = promisify(execFile);

  it('migrates, creates the first admin and the demo, then does nothing the second time', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-seed-cli-'));
    const env = {
      // INIT_CWD is where seed-cli looks for .env: an empty directory keeps a developer's .env out.
      ...process.env,
      INIT_CWD: dir,
      NODE_ENV: 'development',
      DATABASE_URL: `sqlite:${path.join(dir, 'demo.sqlite')}`,
      ADMIN_EMAIL: 'owner@example.com',
      ADMIN_PASSWORD: 'owner-password-1',
      LICENSE_SEATS: '10',
    };
    const cli = ['-r', '@swc-node/register', 'src/db/seed-cli.ts'];
    const cwd = path.resolve(__dirname, '..');
    const once = await run(process.execPath, cli, { cwd, env });
    expect(once.stdout).toMatch(/Created the first administrator owner@example.com/);
    expect(once.stdout).toMatch(/Demo data: \d+ agents/);
    expect(once.stderr).toMatch(/exceed LICENSE_SEATS=10/);
    const twice = await run(process.execPath, cli, { cwd, env });
    expect(twice.stdout).toMatch(/already present/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
