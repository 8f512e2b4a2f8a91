import { graphql } from './gql';
import { crmHelpers, DELETE_USER, MERGE } from './helpers/crm-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Files on user profiles: upload (POST /users/:id/files), list, download as an attachment with
// nosniff, delete, limits, authorization, and files moving with a merge.

const FILES = graphql(`
  query CrmFiles($id: ID!) {
    user(id: $id) {
      files {
        id
        fileName
        contentType
        size
        uploadedByName
      }
    }
  }
`);
const DELETE_FILE = graphql(`
  mutation CrmDeleteFile($u: ID!, $f: ID!) {
    deleteUserFile(userId: $u, fileId: $f) {
      id
    }
  }
`);

describe('CRM files', () => {
  let t: TestApp;
  let viewerToken: string;
  beforeAll(async () => {
    t = await startTestApp({
      FILES_DIR: require('node:fs').mkdtempSync(require('node:path').join(require('node:os').tmpdir(), 'roster-files-')),
    });
    viewerToken = (
      await t.createAgent({
        email: 'file-viewer@agents.example',
        name: 'File Viewer',
        permissionGroupIds: [],
        permissions: ['people.view'],
      })
    ).token;
  });
  afterAll(() => t.close());
  const { ok, gql, createUser } = crmHelpers(() => t);
  const base = () => t.url.replace(/\/graphql$/, '');
  const upload = (
    userId: string,
    body: string | Buffer,
    name: string,
    type = 'application/octet-stream',
    token: string | null = t.adminToken,
  ) =>
    fetch(`${base()}/users/${userId}/files`, {
      method: 'POST',
      headers: { 'content-type': type, 'x-file-name': encodeURIComponent(name), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const download = (userId: string, fileId: string, token: string | null = t.adminToken) =>
    fetch(`${base()}/users/${userId}/files/${fileId}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('uploads, lists and downloads a file as an attachment that never runs, and deletes it', async () => {
    const u = await createUser('File Owner');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const r = await upload(u.id, svg, '../../evil "x".svg', 'image/svg+xml');
    expect(r.status).toBe(201);
    const created = (await r.json()) as { id: string; fileName: string; size: number };
    expect(created).toMatchObject({ fileName: 'evil _x_.svg', size: Buffer.byteLength(svg) });
    const files = (await ok(FILES, { id: u.id })).user!.files;
    expect(files).toEqual([
      {
        id: created.id,
        fileName: created.fileName,
        contentType: 'image/svg+xml',
        size: Buffer.byteLength(svg),
        uploadedByName: expect.any(String),
      },
    ]);
    const d = await download(u.id, created.id);
    expect(d.status).toBe(200);
    expect(d.headers.get('content-type')).toBe('application/octet-stream');
    expect(d.headers.get('x-content-type-options')).toBe('nosniff');
    expect(d.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    expect(d.headers.get('content-security-policy')).toContain('sandbox');
    expect(await d.text()).toBe(svg);
    // Viewing is enough to download; uploading needs people.edit; nobody anonymous.
    expect((await download(u.id, created.id, viewerToken)).status).toBe(200);
    expect((await upload(u.id, 'x', 'a.txt', 'text/plain', viewerToken)).status).toBe(403);
    expect((await upload(u.id, 'x', 'a.txt', 'text/plain', null)).status).toBe(401);
    expect((await download(u.id, created.id, null)).status).toBe(401);
    expect((await download('999999', created.id)).status).toBe(404);

    await ok(DELETE_FILE, { u: u.id, f: created.id });
    expect((await ok(FILES, { id: u.id })).user!.files).toEqual([]);
    expect((await download(u.id, created.id)).status).toBe(404);
    expect(codeOf(await gql(DELETE_FILE, { u: u.id, f: created.id }))).toBe('NOT_FOUND');
  });

  it('refuses programs, oversized files and uploads a browser could send from another site', async () => {
    const u = await createUser('File Limits');
    expect((await upload(u.id, 'MZ', 'setup.exe')).status).toBe(400);
    const refused = await upload(u.id, '#!/bin/sh', 'evil.sh');
    expect(refused.status).toBe(400);
    // The SPA shows "The file <phrase>.": the phrase names the file and reads as a sentence.
    expect(
      ((await refused.json()) as { errors: { extensions: { fields: Record<string, string> } }[] }).errors[0].extensions.fields,
    ).toEqual({
      file: 'evil.sh cannot be uploaded: programs and scripts are not allowed',
    });
    expect((await upload(u.id, Buffer.alloc(10 * 1024 * 1024 + 1), 'big.bin')).status).toBe(413);
    const form = new FormData();
    form.append('file', new Blob(['hello']), 'a.txt');
    const csrf = await fetch(`${base()}/users/${u.id}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}` },
      body: form,
    });
    expect(csrf.status).toBe(415);
    const preflighted = await fetch(`${base()}/users/${u.id}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}`, 'apollo-require-preflight': '1' },
      body: form,
    });
    expect(preflighted.status).toBe(201);
    expect((await ok(FILES, { id: u.id })).user!.files.map((f) => f.fileName)).toEqual(['a.txt']);
  });

  it('moves files with a merge', async () => {
    const target = await createUser('File Target');
    const source = await createUser('File Source');
    expect((await upload(source.id, 'notes', 'notes.txt', 'text/plain')).status).toBe(201);
    await ok(MERGE, { t: target.id, s: source.id });
    expect((await ok(FILES, { id: target.id })).user!.files.map((f) => f.fileName)).toEqual(['notes.txt']);
    // Deleting the user removes the stored bytes too.
    const dir = t.config.filesDir;
    const stored = () =>
      require('node:fs')
        .readdirSync(dir, { recursive: true })
        .filter((f: string) => /[a-f0-9]{32}$/.test(f)).length;
    const before = stored();
    await ok(DELETE_USER, { id: target.id });
    expect(stored()).toBe(before - 1);
  });
});
