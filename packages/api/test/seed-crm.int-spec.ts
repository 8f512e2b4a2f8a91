import { graphql } from './gql';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { entities } from '../src/db/entities';
import { seedDemo, SeedResult } from '../src/db/seed';
import { DEMO_USER_COUNT, ORGANIZATIONS, USERGROUPS } from '../src/db/seed-crm-data';
import { ChangeLogEntityType, ChangeLogEntry } from '../src/common/change-log';
import { UserCustomValue } from '../src/modules/custom-field';
import { Organization } from '../src/modules/organization';
import { Note, User, UserEmail, UserWord } from '../src/modules/user';
import { UserFile } from '../src/modules/user-file';
import { Usergroup, UserUsergroup } from '../src/modules/usergroup';
import { DUPLICATES } from './helpers/crm-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

/** Row count of every table, to prove a second run writes nothing. */
async function snapshot(ds: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const e of entities) counts[(e as { name: string }).name] = await ds.getRepository(e as EntityTarget<ObjectLiteral>).count();
  return counts;
}

const filesIn = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : [];

/** The demo seed on the app's own database, services and file storage (what `--demo` does). */
const seed = (t: TestApp, logs: string[] = []) =>
  seedDemo(t.roster.ds, {
    services: t.roster.deps.services,
    files: t.roster.deps.files,
    licenseSeats: 1000,
    log: (m) => logs.push(m),
    warn: () => undefined,
  });

const SearchUsers = graphql(`
  query SeedSearchUsers($search: String!) {
    users(filter: { search: $search }, first: 20) {
      totalCount
      edges {
        node {
          id
          name
          primaryEmail
        }
      }
    }
  }
`);

describe('demo seed: the CRM', () => {
  let t: TestApp;
  let first: SeedResult;
  const logs: string[] = [];
  let seconds = 0;
  const filesDir = () => t.config.filesDir;

  beforeAll(async () => {
    t = await startTestApp({ FILES_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'roster-seed-files-')) });
    const started = performance.now();
    first = await seed(t, logs);
    seconds = (performance.now() - started) / 1000;
  }, 120_000);
  afterAll(() => t.close());

  it('creates a few hundred users with organizations, usergroups, several addresses and properties', async () => {
    const ds = t.roster.ds;
    // Measured, not asserted: the figure goes to the report (SQLite or MariaDB per TEST_DATABASE_URL).
    console.log(`demo seed (agents + CRM) took ${seconds.toFixed(2)} s on ${t.db.type}`);
    expect(first.crm).toMatchObject({ users: DEMO_USER_COUNT + 2, organizations: ORGANIZATIONS.length, usergroups: USERGROUPS.length });
    expect(logs.join('\n')).toMatch(new RegExp(`Demo CRM: ${DEMO_USER_COUNT + 2} users, ${ORGANIZATIONS.length} organizations`));
    const users = await ds.getRepository(User).find();
    expect(users).toHaveLength(DEMO_USER_COUNT + 2);
    expect((await ds.getRepository(Organization).find()).map((o) => o.name).sort()).toEqual(ORGANIZATIONS.map((o) => o.name).sort());
    expect((await ds.getRepository(Usergroup).find()).map((g) => g.name).sort()).toEqual([...USERGROUPS].sort());
    expect(users.filter((u) => u.organizationId !== null).length).toBeGreaterThan(users.length / 2);
    expect(new Set(users.map((u) => u.timezone)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(users.map((u) => u.language)).size).toBeGreaterThanOrEqual(8);
    expect(users.filter((u) => u.phone).length).toBeGreaterThan(users.length / 3);
    const perUser = new Map<number, number>();
    for (const e of await ds.getRepository(UserEmail).find()) perUser.set(e.userId, (perUser.get(e.userId) ?? 0) + 1);
    expect([...perUser.values()].filter((n) => n === 2).length).toBeGreaterThanOrEqual(10);
    expect([...perUser.values()].filter((n) => n === 3).length).toBeGreaterThanOrEqual(3);
    expect(await ds.getRepository(UserEmail).countBy({ isPrimary: true })).toBe(users.length);
    expect(new Set((await ds.getRepository(UserUsergroup).find()).map((l) => l.userId)).size).toBeGreaterThanOrEqual(30);
  });

  it('writes what the API would: search words, one "created" change-log entry per user', async () => {
    const ds = t.roster.ds;
    expect(new Set((await ds.getRepository(UserWord).find({ select: { userId: true } })).map((w) => w.userId)).size).toBe(
      DEMO_USER_COUNT + 2,
    );
    const created = await ds.getRepository(ChangeLogEntry).findBy({ entityType: ChangeLogEntityType.USER, field: 'created' });
    expect(created).toHaveLength(DEMO_USER_COUNT + 2);
    expect(created.every((e) => e.actorName === 'Demo seed')).toBe(true);
  });

  it('adds notes by demo agents and small text files whose bytes are in the storage', async () => {
    const ds = t.roster.ds;
    const notes = await ds.getRepository(Note).find();
    expect(notes.length).toBe(first.crm.notes);
    expect(notes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(notes.map((n) => n.authorName))).toEqual(new Set(['Victoria Hayes', 'Amara Okafor', 'Daniel Kim']));
    const files = await ds.getRepository(UserFile).find();
    expect(files).toHaveLength(4);
    expect(filesIn(filesDir()).sort()).toEqual(files.map((f) => f.storageKey).sort());
    const f = files.find((x) => x.fileName === 'meeting-notes.txt')!;
    const res = await fetch(t.url.replace('/graphql', `/users/${f.userId}/files/${f.id}`), {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^Kick-off call\n/);
  });

  it('finds seeded users with the word search', async () => {
    const d = await t.ok(SearchUsers, { search: 'whitf' }, { token: t.adminToken });
    expect(d.users.edges.map((e) => e.node.name).sort()).toEqual(['Jon Whitfield', 'Jonathan Whitfield']);
    // A generated user, by the start of their name and by their company's domain.
    const someone = await t.roster.ds.getRepository(User).findOneOrFail({ where: { mergedIntoId: undefined }, order: { id: 'ASC' } });
    const byName = await t.ok(SearchUsers, { search: someone.name.slice(0, someone.name.indexOf(' ') + 3) }, { token: t.adminToken });
    expect(byName.users.edges.map((e) => e.node.id)).toContain(String(someone.id));
    const byDomain = await t.ok(SearchUsers, { search: 'northwind' }, { token: t.adminToken });
    expect(byDomain.users.totalCount).toBeGreaterThan(10);
    expect(byDomain.users.edges.every((e) => e.node.primaryEmail.endsWith('@northwind.example'))).toBe(true);
  });

  it('suggests the pending duplicate pair for a merge', async () => {
    const d = await t.ok(SearchUsers, { search: 'Jonathan Whitfield' }, { token: t.adminToken });
    const jonathan = d.users.edges[0].node;
    const dup = await t.ok(DUPLICATES, { u: jonathan.id }, { token: t.adminToken });
    expect(dup.userDuplicates[0]).toEqual({
      reasons: expect.arrayContaining(['SAME_PHONE', 'SAME_EMAIL_DOMAIN_SIMILAR_NAME']),
      user: { id: expect.any(String), name: 'Jon Whitfield' },
    });
  });

  it('adds nothing on a second run: no rows, no files', async () => {
    const before = await snapshot(t.roster.ds);
    const stored = filesIn(filesDir()).sort();
    const logs2: string[] = [];
    const again = await seed(t, logs2);
    expect(again.created).toBe(false);
    expect(again.crm.users).toBe(0);
    expect(logs2).toEqual([]);
    expect(await snapshot(t.roster.ds)).toEqual(before);
    expect(filesIn(filesDir()).sort()).toEqual(stored);
  });
});

describe('demo seed: custom fields', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('gives users values of the custom fields an admin defined, logged in their change log', async () => {
    t = await startTestApp();
    const d = await t.ok(
      graphql(`
        mutation SeedCustomField($input: CreateUserCustomFieldInput!) {
          createUserCustomField(input: $input) {
            id
          }
        }
      `),
      { input: { name: 'Plan', type: 'DROPDOWN', options: ['Free', 'Team', 'Enterprise'] } },
      { token: t.adminToken },
    );
    const result = await seed(t);
    const values = await t.roster.ds.getRepository(UserCustomValue).findBy({ fieldId: Number(d.createUserCustomField.id) });
    expect(result.crm.customValues).toBe(values.length);
    expect(values.length).toBeGreaterThanOrEqual(DEMO_USER_COUNT / 4);
    expect(new Set(values.map((v) => v.value))).toEqual(new Set(['Free', 'Team', 'Enterprise']));
    expect(await t.roster.ds.getRepository(ChangeLogEntry).countBy({ field: 'custom:Plan', newValue: 'Team' })).toBeGreaterThan(0);
  });
});
