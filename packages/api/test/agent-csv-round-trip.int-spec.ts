import { writeToString } from 'fast-csv';
import { OTHER_NOTIFICATION_EVENTS, TICKET_NOTIFICATION_EVENTS } from '@roster/shared';
import { agentHelpers } from './helpers/agent-fixtures';
import { csvRows, exportAgentsCsv, getImport, importCsv, startImportApp } from './helpers/import-helpers';
import { TestApp } from './helpers/test-app';

// Issue 18 item 5: GET /exports/agents.csv re-imported untouched with existing: UPDATE changes
// nothing (no field, no updatedAt, no change-log entry) and reports every row unchanged; an edited
// cell updates exactly that; columns a file lacks and empty cells leave their fields alone.

const DUMP = `{ agents(first: 100) { edges { node {
  id email name alias phone timezone language isAdmin isReportsAdmin status signature permissions effectivePermissions
  canEditOwnTicketNotifications permissionGroups { id } teams { id } departments { access }
  ticketNotifications { event email browser } otherNotifications { event email browser } createdAt updatedAt } } } }`;
const GROUP = 'mutation($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }';
const OUTCOME = 'unchangedCount rows(first: 100) { edges { node { row email action } } }';

type Dump = Record<string, Record<string, unknown>>;
type Job = Record<string, any> & { id: string };

const toCsv = (rows: string[][]) => writeToString(rows, { rowDelimiter: '\r\n' });

const sets = (ids: { id: string }[]) => ids.map((x) => x.id).sort();
const custom = [
  { event: 'ticket.new', email: false, browser: true },
  { event: 'ticket.agent_reply', email: true, browser: false },
  { event: 'ticket.sla_warning', email: false, browser: false },
];
const allOff = (events: readonly { event: string }[]) => events.map((e) => ({ event: e.event, email: false, browser: false }));

describe('agent CSV round trip', () => {
  let t: TestApp;
  const { asAdmin, create, update, team, log, changeLogRows } = agentHelpers(() => t);
  const ids: Record<string, string> = {};
  let exported = '';

  const dump = async (): Promise<Dump> => {
    const edges = (await asAdmin(DUMP)).agents.edges as { node: Record<string, unknown> & { email: string } }[];
    return Object.fromEntries(
      edges.map(({ node }) => [
        node.email,
        { ...node, permissionGroups: sets(node.permissionGroups as never), teams: sets(node.teams as never) },
      ]),
    );
  };
  const exportCsv = (token = t.adminToken) => exportAgentsCsv(t, token);
  const reimport = async (csv: string, args: Record<string, unknown> = {}, token = t.adminToken): Promise<Job> => {
    const { job } = (await importCsv(t, csv, { existing: 'UPDATE', ...args }, token)) as { job: Job };
    const more = await getImport(t, job.id, OUTCOME);
    return {
      ...job,
      unchangedCount: more.unchangedCount,
      actions: more.rows.edges.map((e: { node: { action: string } }) => e.node.action),
    };
  };
  /** The export with one cell changed: `column` of the row whose email is `email`. */
  const edited = async (email: string, column: string, value: string, keep?: string[], from = exported) => {
    const [header, ...rows] = await csvRows(from);
    const cols = keep ? keep.map((h) => header.indexOf(h)) : header.map((_, i) => i);
    const row = rows.find((r) => r[0] === email)!;
    row[header.indexOf(column)] = value;
    return toCsv([header, ...rows].map((r) => cols.map((i) => r[i])));
  };

  beforeAll(async () => {
    t = await startImportApp({ LICENSE_SEATS: '100' });
    ids.sales = await team('Sales');
    ids.split = await team('North; South');
    // A team whose name is another team's id: the export must not write a cell that reads as that id.
    ids.digits = await team(ids.sales);
    ids.support = await team('=Support');
    ids.tier = (await asAdmin(GROUP, { i: { name: 'Tier 2', permissions: ['tickets.reply'] } })).createPermissionGroup.id;
    ids.plus = (await asAdmin(GROUP, { i: { name: '+Escalations', permissions: ['tickets.assign'] } })).createPermissionGroup.id;
    const names = (i: number) =>
      [`Zoë Ærø ${i}`, `=SUM(A${i})`, `-Minus ${i}`, `@Mention ${i}`, `'=Quoted ${i}`, `山田 ${i}, "Jr"`, `+Plus ${i}`, `O'Brien ${i}`][
        i % 8
      ];
    const groups = [['1'], ['2'], [ids.tier], [ids.tier, '2', ids.plus], []];
    const teams = [[], [ids.sales], [ids.sales, ids.split], [ids.digits, ids.support]];
    const signatures = [
      null,
      '<p>Hi <b>there</b><br>Line 2 &amp; more</p>',
      '<a href="https://x.example">link</a> <script>alert(1)</script>',
    ];
    for (let i = 0; i < 50; i++) {
      const a = await create({
        email: `agent${i}@example.com`,
        name: names(i),
        alias: i % 6 === 0 ? `Alias ${i}` : undefined,
        isAdmin: i % 10 === 3,
        isReportsAdmin: i % 3 === 0,
        permissionGroupIds: groups[i % groups.length],
        teamIds: teams[i % teams.length],
        signature: signatures[i % signatures.length],
      });
      ids[`agent${i}`] = a.id;
      const n = i % 4;
      if (n === 1)
        await update(a.id, { ticketNotifications: custom, otherNotifications: [{ event: 'chat.new', email: true, browser: false }] });
      if (n === 2)
        await update(a.id, {
          ticketNotifications: allOff(TICKET_NOTIFICATION_EVENTS),
          otherNotifications: allOff(OTHER_NOTIFICATION_EVENTS),
        });
      if (n === 3)
        await update(a.id, {
          ticketNotifications: allOff(TICKET_NOTIFICATION_EVENTS),
          otherNotifications: [...allOff(OTHER_NOTIFICATION_EVENTS).slice(1), { event: 'chat.new', email: false, browser: true }],
        });
    }
    exported = await exportCsv();
  });
  afterAll(() => t.close());

  it('re-imports an untouched export as 51 unchanged rows: no field, no updatedAt, no change-log entry moves', async () => {
    expect(exported).toContain("'=SUM(A1)");
    const before = await dump();
    const logBefore = await changeLogRows();
    const dry = await reimport(exported, { dryRun: true });
    expect(dry).toMatchObject({ status: 'COMPLETED', totalRows: 51, createdCount: 0, updatedCount: 0, unchangedCount: 51, errorCount: 0 });
    const job = await reimport(exported);
    expect(job).toMatchObject({ status: 'COMPLETED', totalRows: 51, createdCount: 0, updatedCount: 0, unchangedCount: 51, errorCount: 0 });
    expect(job.errors).toEqual([]);
    expect(new Set(job.actions)).toEqual(new Set(['UNCHANGED']));
    expect(await dump()).toEqual(before);
    expect(await changeLogRows()).toBe(logBefore);
    // And the export of the result is the same file.
    expect(await exportCsv()).toBe(exported);
  });

  it('an edited cell updates exactly that row, with one change-log entry', async () => {
    const before = await dump();
    const logBefore = await changeLogRows();
    const job = await reimport(await edited('agent9@example.com', 'Name', 'Renamed Nine'));
    expect(job).toMatchObject({ status: 'COMPLETED', updatedCount: 1, unchangedCount: 50, errorCount: 0 });
    expect(job.actions.filter((a: string) => a !== 'UNCHANGED')).toEqual(['UPDATE']);
    const after = await dump();
    const { name, updatedAt, ...rest } = after['agent9@example.com'];
    expect(name).toBe('Renamed Nine');
    expect(updatedAt).not.toBe(before['agent9@example.com'].updatedAt);
    const { name: _n, updatedAt: _u, ...restBefore } = before['agent9@example.com'];
    expect(rest).toEqual(restBefore);
    expect({ ...after, 'agent9@example.com': null }).toEqual({ ...before, 'agent9@example.com': null });
    expect(await changeLogRows()).toBe(logBefore + 1);
    expect((await log(ids.agent9)).filter((e) => e.field !== 'created' && e.newValue === 'Renamed Nine').map((e) => e.field)).toEqual([
      'name',
    ]);
    exported = await exportCsv();
  });

  it('a file with only Email, Name and Permission Groups leaves teams, access, notifications and signatures alone', async () => {
    const before = await dump();
    const logBefore = await changeLogRows();
    // agent13: teams, admin access, custom notifications; its groups change from Tier 2 + 2 + Escalations to 1.
    const csv = await edited('agent13@example.com', 'Permission Groups', 'All Permissions', ['Email', 'Name', 'Permission Groups']);
    const job = await reimport(csv);
    expect(job).toMatchObject({ status: 'COMPLETED', updatedCount: 1, unchangedCount: 50, errorCount: 0 });
    const after = await dump();
    const pick = ({ permissionGroups: _g, effectivePermissions: _e, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    expect(after['agent13@example.com'].permissionGroups).toEqual(['1']);
    expect(pick(after['agent13@example.com'])).toEqual(pick(before['agent13@example.com']));
    expect({ ...after, 'agent13@example.com': null }).toEqual({ ...before, 'agent13@example.com': null });
    expect(await changeLogRows()).toBe(logBefore + 1);
    exported = await exportCsv();
  });

  it('a Notifications cell applies only when it differs from the summary the export writes', async () => {
    const before = await dump();
    // agent2 has every switch off (exports No); agent5 has custom settings (exports Yes).
    let csv = await edited('agent2@example.com', 'Notifications', 'Yes');
    expect((await reimport(csv)).updatedCount).toBe(1);
    let after = await dump();
    expect(after['agent2@example.com'].ticketNotifications).toEqual(
      TICKET_NOTIFICATION_EVENTS.map(({ event, email, browser }) => ({ event, email, browser })),
    );
    expect(after['agent5@example.com']).toEqual(before['agent5@example.com']);
    exported = await exportCsv();
    csv = await edited('agent5@example.com', 'Notifications', 'n');
    expect((await reimport(csv)).updatedCount).toBe(1);
    after = await dump();
    expect(after['agent5@example.com'].ticketNotifications).toEqual(allOff(TICKET_NOTIFICATION_EVENTS));
    expect(after['agent5@example.com'].otherNotifications).toEqual(allOff(OTHER_NOTIFICATION_EVENTS));
    exported = await exportCsv();
  });

  it('an API token (agents:read, agents:write) round-trips a file with administrators; it may not change their rows', async () => {
    const token = (
      await asAdmin('mutation($n: String!, $s: [String!]!) { createApiToken(name: $n, scopes: $s) { token } }', {
        n: 'sync',
        s: ['agents:read', 'agents:write'],
      })
    ).createApiToken.token as string;
    const csv = await exportCsv(token);
    const before = await dump();
    const logBefore = await changeLogRows();
    expect(await reimport(csv, {}, token)).toMatchObject({ status: 'COMPLETED', updatedCount: 0, unchangedCount: 51, errorCount: 0 });
    // agent3 is an administrator; agent6 has reports access.
    const admin = await reimport(await edited('agent3@example.com', 'Name', 'Renamed Three', undefined, csv), {}, token);
    expect(admin).toMatchObject({ status: 'FAILED', errorCount: 1 });
    expect(admin.errors).toEqual([expect.objectContaining({ column: 'Email', code: 'ADMIN_NOT_ALLOWED' })]);
    const reports = await reimport(await edited('agent6@example.com', 'Reports', 'No', undefined, csv), {}, token);
    expect(reports.errors).toEqual([expect.objectContaining({ column: 'Reports', code: 'ADMIN_NOT_ALLOWED' })]);
    expect(await dump()).toEqual(before);
    expect(await changeLogRows()).toBe(logBefore);
  });

  it('an empty Permission Groups cell is required of a new agent only', async () => {
    const before = await dump();
    const [header, ...rows] = await csvRows(exported);
    const fresh = header.map((h) => ({ Email: 'fresh@example.com', Name: 'Fresh' })[h] ?? '');
    const job = await reimport(await toCsv([header, ...rows, fresh]), { onError: 'SKIP_INVALID_ROWS' });
    expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 0, updatedCount: 0, unchangedCount: 51, errorCount: 1 });
    expect(job.errors).toEqual([{ row: 52, column: 'Permission Groups', code: 'REQUIRED', message: 'is required for a new agent' }]);
    // agent4 has no groups: its empty cell is in the file, and it keeps none.
    expect(rows.find((r) => r[0] === 'agent4@example.com')![header.indexOf('Permission Groups')]).toBe('');
    expect(await dump()).toEqual(before);
  });
});
