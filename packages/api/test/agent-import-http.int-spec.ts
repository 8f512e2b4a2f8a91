import { startSmtpSink, SmtpSink } from './helpers/smtp-sink';
import { codeOf, TestApp } from './helpers/test-app';
import { agentCount, baseUrl, importCsv, startImportApp } from './helpers/import-helpers';
import { uploadCsv } from './helpers/import-upload';

let t: TestApp;
let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startImportApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://help.example.com' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const HEADER = 'Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature';
const post = (headers: Record<string, string>, body: string | FormData, query = '') =>
  fetch(`${baseUrl(t)}/imports/agents${query}`, { method: 'POST', headers, body });

test('upload endpoint: CSV body, query params, answered at once with the QUEUED job', async () => {
  const job = await uploadCsv(t, `${HEADER}\nup1@example.com,Up One,1,,,,,\n`, '?dryRun=true&onError=SKIP_INVALID_ROWS');
  expect(job).toMatchObject({ status: 'COMPLETED', dryRun: true, createdCount: 1 });
  const real = await uploadCsv(t, `${HEADER}\nup1@example.com,Up One,1,,,,,\n`);
  expect(real).toMatchObject({ status: 'COMPLETED', dryRun: false, createdCount: 1 });
});

test('upload endpoint: anonymous 401, non-admin 403, CSRF-unsafe content types refused, multipart with a preflight header accepted', async () => {
  const csv = `${HEADER}\nup2@example.com,Up Two,1,,,,,\n`;
  expect((await post({ 'content-type': 'text/csv' }, csv)).status).toBe(401);
  const agent = await t.createAgent({ email: 'plain@example.com', name: 'Plain' });
  expect((await post({ 'content-type': 'text/csv', authorization: `Bearer ${agent.token}` }, csv)).status).toBe(403);
  const auth = { authorization: `Bearer ${t.adminToken}` };
  for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
    expect((await post({ ...auth, 'content-type': type }, csv)).status).toBe(415);
  }
  const form = () => {
    const f = new FormData();
    f.append('file', new Blob([csv], { type: 'text/csv' }), 'agents.csv');
    return f;
  };
  expect((await post(auth, form())).status).toBe(415);
  const ok = await post({ ...auth, 'apollo-require-preflight': 'true' }, form());
  expect(ok.status).toBe(202);
  await t.roster.imports.runDue();
  expect(await agentCount(t)).toBeGreaterThan(2);
});

test('errors.csv lists row, column, code, message and the original cells; template.csv has the header and an example', async () => {
  const { job } = await importCsv(t, `${HEADER}\nnot-an-email,=cmd(),1,,,,,\n`);
  const res = await fetch(`${baseUrl(t)}/imports/${job.id}/errors.csv`, { headers: { authorization: `Bearer ${t.adminToken}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/csv');
  const lines = (await res.text()).trim().split('\n');
  expect(lines[0]).toBe('row,column,code,message,cells');
  expect(lines[1]).toContain('1,Email,INVALID_EMAIL');
  expect(lines[1]).toContain("'=cmd()");
  expect((await fetch(`${baseUrl(t)}/imports/${job.id}/errors.csv`)).status).toBe(401);
  const tpl = await (await fetch(`${baseUrl(t)}/imports/agents/template.csv`)).text();
  expect(tpl.split('\n')[0]).toBe(
    '"Email","Name","Permission Groups","Teams","Admin","Reports","Notifications","Signature","Type","Business Unit"',
  );
});

test('API tokens never grant admin through an import', async () => {
  const tok = await t.ok('mutation { createApiToken(name: "imp", scopes: ["agents:write"]) { token } }', {}, { token: t.adminToken });
  const { job } = await importCsv(t, `${HEADER}\ntokadmin@example.com,Tok,1,,Yes,,,\n`, {}, tok.createApiToken.token);
  expect(job.status).toBe('FAILED');
  expect(job.errors[0]).toMatchObject({ row: 1, column: 'Admin', code: 'ADMIN_NOT_ALLOWED' });
  const r = await t.gql(
    'mutation { importAgentsCsv(csv: "x", dryRun: true) { id } }',
    {},
    { token: (await t.createAgent({ email: 'p2@example.com', name: 'P2' })).token },
  );
  expect(codeOf(r)).toBe('FORBIDDEN');
});

test('imported agents get the welcome email with a single-use set-password link and the Quick Start Guide; the link signs them in', async () => {
  const { job } = await importCsv(t, `${HEADER}\nwelcome@example.com,Wel Come,1,,,,,\n`);
  expect(job.status).toBe('COMPLETED');
  await t.roster.mailer.deliverDue();
  const msg = await smtp.waitFor((m) => m.envelopeTo.includes('welcome@example.com'));
  expect(msg.attachments.map((a: { filename?: string }) => a.filename)).toContain('Roster-Quick-Start-Guide.pdf');
  const m = /set-password\?token=([A-Za-z0-9_%-]+)/.exec(msg.text ?? '');
  const token = decodeURIComponent(m![1]);
  const SET = 'mutation($t: String!, $p: String!) { setPasswordWithToken(token: $t, password: $p) { token agent { email } } }';
  const d = await t.ok(SET, { t: token, p: 'a-new-password-1' });
  expect(d.setPasswordWithToken.agent.email).toBe('welcome@example.com');
  expect(await t.login('welcome@example.com', 'a-new-password-1')).toBeTruthy();
  const again = await t.gql(SET, { t: token, p: 'another-password-2' });
  expect(again.errors?.[0].extensions?.fields).toEqual({ token: 'is invalid, was already used, or has expired' });
});
