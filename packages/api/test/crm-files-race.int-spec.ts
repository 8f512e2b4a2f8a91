import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { insertRows } from '../src/common/insert-rows';
import { UserFile } from '../src/modules/user-file';
import { startTestApp, TestApp } from './helpers/test-app';

// Issue 18.8: the files-per-user limit holds under concurrent uploads (95 files + 20 parallel
// uploads used to leave 107): the count that decides is taken under the user's row lock.

const LIMIT = 100;

describe('files per user under concurrent uploads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ FILES_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'roster-files-race-')) });
  });
  afterAll(() => t?.close());

  it('never passes the limit, and keeps no bytes of a refused upload', async () => {
    const user = (
      await t.ok(
        'mutation { createUser(input: { name: "Race User", emails: ["race.user@example.com"] }) { id } }',
        {},
        { token: t.adminToken },
      )
    ).createUser.id;
    const now = new Date();
    const rows = Array.from({ length: LIMIT - 5 }, (_, i) => ({
      userId: Number(user),
      fileName: `seed-${i}.txt`,
      contentType: 'text/plain',
      size: 1,
      storageKey: `seed-${i}`,
      uploadedByName: 'Seed',
      createdAt: now,
    }));
    await insertRows(
      t.roster.ds.manager,
      UserFile,
      ['userId', 'fileName', 'contentType', 'size', 'storageKey', 'uploadedByName', 'createdAt'],
      rows,
    );
    const base = t.url.replace(/\/graphql$/, '');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${base}/users/${user}/files`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'x-file-name': `race-${i}.txt`, authorization: `Bearer ${t.adminToken}` },
          body: `file ${i}`,
        }).then((r) => r.status),
      ),
    );
    expect(results.filter((s) => s === 201)).toHaveLength(5);
    expect(results.filter((s) => s !== 201).every((s) => s === 400)).toBe(true);
    const count = await t.roster.ds.manager.count(UserFile, { where: { userId: Number(user) } });
    expect(count).toBe(LIMIT);
    // The refused uploads' bytes were removed: only the five accepted files are in the store.
    const dir = t.config.filesDir;
    const stored = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(stored).toHaveLength(5);
  });
});
