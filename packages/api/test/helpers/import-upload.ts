import { TestApp } from './test-app';
import { baseUrl, getImport } from './import-helpers';

/** POSTs a CSV body to /imports/agents, runs the queue and answers the finished job. */
export async function uploadCsv(t: TestApp, csv: string | Buffer, query = '', token = t.adminToken) {
  const res = await fetch(`${baseUrl(t)}/imports/agents${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: csv,
  });
  expect(res.status).toBe(202);
  const body = (await res.json()) as { id: string; status: string };
  expect(body.status).toBe('QUEUED');
  await t.roster.imports.runDue();
  return getImport(t, body.id);
}
