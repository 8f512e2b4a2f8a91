import { TestApp } from './test-app';
import { baseUrl, IMPORT_FIELDS } from './import-helpers';

// One CSV reader for every suite.
export { csvRows } from './import-helpers';

// The user CSV import and export suites (user-import*.int-spec.ts).

export const USER_HEADER =
  'Name,Email,Organization,Usergroups,Phone,Website,Twitter,LinkedIn,Facebook,Address,Timezone,Language,Summary,Auto Responder';

/** Queues a user import through GraphQL, runs the queue, and answers the finished job (or the errors). */
export async function importUsers(t: TestApp, csv: string, args: Record<string, unknown> = {}, token = t.adminToken) {
  const r = await t.gql(
    `mutation($csv: String!, $dryRun: Boolean!, $onError: ImportErrorMode, $existing: ImportExistingMode) {
      importUsersCsv(csv: $csv, dryRun: $dryRun, onError: $onError, existing: $existing) { id status } }`,
    { csv, dryRun: false, ...args },
    { token },
  );
  if (r.errors) return { errors: r.errors } as const;
  expect(r.data.importUsersCsv.status).toBe('QUEUED');
  await t.roster.imports.runDue();
  return { job: await getUserImport(t, r.data.importUsersCsv.id, '', token) } as const;
}

export async function getUserImport(t: TestApp, id: string, extra = '', token = t.adminToken) {
  const d = await t.ok(`query($id: ID!) { userImport(id: $id) { ${IMPORT_FIELDS} ${extra} } }`, { id }, { token });
  return d.userImport;
}

export const userCount = async (t: TestApp) =>
  (await t.ok('{ users(first: 1) { totalCount } }', {}, { token: t.adminToken })).users.totalCount as number;

/** The user found by an address, with every field the CSV has. */
export async function userByEmail(t: TestApp, email: string) {
  const d = await t.ok(
    `query($s: String!) { users(filter: { search: $s }, first: 2) { edges { node {
      id name primaryEmail emails { address isPrimary } organization { name } usergroups { name }
      phone website twitter linkedin facebook address timezone language summary isAutoResponder } } } }`,
    { s: email },
    { token: t.adminToken },
  );
  return d.users.edges[0]?.node;
}

export const downloadUsers = (t: TestApp, headers: Record<string, string>) => fetch(`${baseUrl(t)}/exports/users.csv`, { headers });
