import { parseString } from 'fast-csv';
import { graphql } from './gql';
import { systemActor } from '../src/common/actor';
import { insertAuditEvents } from '../src/common/audit';
import { AuditEvent, PRUNE_BATCH } from '../src/modules/audit';
import { AUDIT_LOG } from './helpers/audit-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// The audit log's reading side (issue 20): who may read it, filters and cursor pages, the CSV
// export with the same filters, and retention pruned by one process at a time.

const TOKEN = graphql(`
  mutation AuditCreateToken($scopes: [String!]!) {
    createApiToken(name: "audit reader", scopes: $scopes) {
      token
    }
  }
`);

const csvRows = (text: string): Promise<string[][]> =>
  new Promise((resolve, reject) => {
    const out: string[][] = [];
    parseString(text.replace(/^\uFEFF/, ''), { headers: false })
      .on('data', (r: string[]) => out.push(r))
      .on('end', () => resolve(out))
      .on('error', reject);
  });

describe('audit log', () => {
  let t: TestApp;
  let agentToken: string;
  const page = (variables: Parameters<TestApp['ok']>[1], token = t.adminToken) => t.gql(AUDIT_LOG, variables as never, { token });
  const download = (query: string, token = t.adminToken) =>
    fetch(`${t.url.replace('/graphql', '/exports/audit.csv')}${query}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    t = await startTestApp();
    agentToken = (await t.createAgent({ email: 'audit.reader@example.com', name: 'Reader' })).token;
    for (const name of ['Alpha', 'Beta', 'Gamma', '=HYPERLINK("http://evil")'])
      await t.ok('mutation($n: String!) { createTeam(name: $n) { id } }', { n: name }, { token: t.adminToken });
  });
  afterAll(() => t.close());

  test('administrators read it; agents and tokens without audit:read are refused, a token with it reads', async () => {
    expect((await page({})).errors).toBeUndefined();
    expect(codeOf(await page({}, agentToken))).toBe('FORBIDDEN');
    const plain = (await t.ok(TOKEN, { scopes: ['agents:read'] }, { token: t.adminToken })).createApiToken.token;
    expect(codeOf(await page({}, plain))).toBe('FORBIDDEN');
    const reader = (await t.ok(TOKEN, { scopes: ['audit:read'] }, { token: t.adminToken })).createApiToken.token;
    const d = await page({ filter: { action: 'team.created' } }, reader);
    expect(d.errors).toBeUndefined();
    expect(d.data!.auditLog.totalCount).toBe(4);
    expect((await download('', agentToken)).status).toBe(403);
    expect((await download('', plain)).status).toBe(403);
    expect((await download('?action=team.created', reader)).status).toBe(200);
  });

  test('filters narrow together; pages follow the cursor newest first with nothing twice', async () => {
    const teams = (await page({ filter: { targetType: 'TEAM' }, first: 100 })).data!.auditLog;
    expect(teams.edges.map((e) => e.node.targetLabel)).toEqual(['=HYPERLINK("http://evil")', 'Gamma', 'Beta', 'Alpha']);
    const beta = teams.edges[2].node;
    const byTarget = (await page({ filter: { targetType: 'TEAM', targetId: beta.targetId } })).data!.auditLog;
    expect(byTarget.edges.map((e) => e.node.id)).toEqual([beta.id]);
    const family = (await page({ filter: { action: 'auth.' }, first: 100 })).data!.auditLog;
    expect(family.edges.length).toBeGreaterThan(0);
    expect(family.edges.every((e) => e.node.action.startsWith('auth.'))).toBe(true);
    const grouped = (await page({ filter: { action: 'permission_group.' } })).data!.auditLog;
    expect(grouped.totalCount).toBe(0);
    const admin = (await t.ok('{ viewer { id } }', {}, { token: t.adminToken })).viewer.id;
    const mine = (await page({ filter: { actor: admin, targetType: 'TEAM' } })).data!.auditLog;
    expect(mine.totalCount).toBe(4);
    const none = (await page({ filter: { actor: admin, targetType: 'TEAM', to: '2000-01-01T00:00:00.000Z' } })).data!.auditLog;
    expect(none.totalCount).toBe(0);
    const since = (await page({ filter: { targetType: 'TEAM', from: beta.occurredAt } })).data!.auditLog;
    expect(since.edges.map((e) => e.node.targetLabel)).toContain('Beta');
    expect(since.edges.map((e) => e.node.targetLabel)).not.toContain('Alpha');

    const all = (await page({ first: 100 })).data!.auditLog;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (
        await page({ first: 2, after })
      ).data!.auditLog;
      seen.push(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
    expect(new Set(seen).size).toBe(seen.length);
    const times = all.edges.map((e) => Date.parse(e.node.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  test('bad filters and cursors are field errors; first is bounded', async () => {
    const bad = await page({
      filter: { actor: 'x', action: 'DROP TABLE', targetType: 'team', from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors![0].extensions!.fields!).sort()).toEqual([
      'filter.action',
      'filter.actor',
      'filter.targetType',
      'filter.to',
    ]);
    expect(codeOf(await page({ after: 'nonsense' }))).toBe('BAD_USER_INPUT');
    const big = (await page({ first: 5000 })).data!.auditLog;
    expect(big.edges.length).toBeLessThanOrEqual(100);
    const res = await download('?from=yesterday');
    expect(res.status).toBe(400);
  });

  test('the CSV export streams the filtered events with the formula guard', async () => {
    const res = await download('?targetType=TEAM&action=team.created');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="audit.csv"');
    const rows = await csvRows(Buffer.from(await res.arrayBuffer()).toString('utf8'));
    expect(rows[0].slice(0, 3)).toEqual(['Time', 'Action', 'Outcome']);
    expect(rows.slice(1).map((r) => r[10])).toEqual(['\'=HYPERLINK("http://evil")', 'Gamma', 'Beta', 'Alpha']);
    expect(rows.slice(1).every((r) => r[1] === 'team.created' && r[5] === 'Administrator')).toBe(true);
    expect(rows[4][11]).toBe('created: ∅ → Alpha');
  });

  test('retention: old events are pruned in batches by one process at a time, recent ones stay', async () => {
    const other = await startTestApp({}, { shareDatabaseWith: t });
    try {
      const old = new Date(Date.now() - 400 * 86_400_000);
      const n = PRUNE_BATCH * 2 + 17;
      await insertAuditEvents(
        t.roster.ds.manager,
        systemActor('Old'),
        Array.from({ length: n }, (_, i) => ({ action: 'test.old', occurredAt: new Date(old.getTime() + i) })),
      );
      const repo = t.roster.ds.getRepository(AuditEvent);
      const recent = await repo.countBy({});
      const runs = await Promise.all([t.roster.auditRetention.pruneOnce(), other.roster.auditRetention.pruneOnce()]);
      expect(runs[0] + runs[1]).toBe(n);
      expect(runs).toContain(0);
      expect(await repo.countBy({ action: 'test.old' })).toBe(0);
      expect(await repo.countBy({})).toBe(recent - n);
      expect(await other.roster.auditRetention.pruneOnce()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
