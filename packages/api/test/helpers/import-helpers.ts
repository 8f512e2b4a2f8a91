import fs from 'node:fs';
import { parseString } from 'fast-csv';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, TestApp } from './test-app';

export const IMPORT_FIELDS = `id status dryRun totalRows processedRows createdCount updatedCount skippedCount errorCount failure
  errors(first: 1000) { row column code message }`;

export async function startImportApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-import-'));
  return startTestApp({ IMPORT_DIR: dir, IMPORT_POLL_MS: '0', ...env });
}

/** Queues an import through GraphQL, runs the queue, and answers the finished job. */
export async function importCsv(t: TestApp, csv: string, args: Record<string, unknown> = {}, token = t.adminToken) {
  const r = await t.gql(
    `mutation($csv: String!, $dryRun: Boolean!, $onError: ImportErrorMode, $existing: ImportExistingMode) {
      importAgentsCsv(csv: $csv, dryRun: $dryRun, onError: $onError, existing: $existing) { id status } }`,
    { csv, dryRun: false, ...args },
    { token },
  );
  if (r.errors) return { errors: r.errors } as const;
  expect(r.data.importAgentsCsv.status).toBe('QUEUED');
  await t.roster.imports.runDue();
  return { job: await getImport(t, r.data.importAgentsCsv.id) } as const;
}

export async function getImport(t: TestApp, id: string, extra = '') {
  const d = await t.ok(`query($id: ID!) { agentImport(id: $id) { ${IMPORT_FIELDS} ${extra} } }`, { id }, { token: t.adminToken });
  return d.agentImport;
}

export const baseUrl = (t: TestApp) => t.url.replace(/\/graphql$/, '');

/** A CSV text as rows of cells (BOM kept off), the way the import's parser reads it. */
export function csvRows(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const out: string[][] = [];
    parseString(text.replace(/^\uFEFF/, ''), { headers: false })
      .on('data', (r: string[]) => out.push(r))
      .on('end', () => resolve(out))
      .on('error', reject);
  });
}

/** GET /exports/agents.csv as `token` (the admin by default): the text, after checking the answer is 200. */
export async function exportAgentsCsv(t: TestApp, token = t.adminToken): Promise<string> {
  const res = await fetch(`${baseUrl(t)}/exports/agents.csv`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer()).toString('utf8');
}

export const agentCount = async (t: TestApp) =>
  (await t.ok('{ agents(first: 1) { totalCount } }', {}, { token: t.adminToken })).agents.totalCount as number;
