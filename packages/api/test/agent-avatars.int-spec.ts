import sharp from 'sharp';
import { ChangeLogEntityType, ChangeLogEntry } from '../src/common/change-log';
import { AgentAvatar } from '../src/modules/agent-avatar';
import { graphql } from './gql';
import { LOG } from './helpers/agent-fixtures';
import { AGENT_AVATAR, avatarHelpers, DELETE_AVATAR, makeImage } from './helpers/avatar-fixtures';
import { startTestApp, TestApp, withToken } from './helpers/test-app';
import { DOCUMENTS } from '../bench/spa-documents';

// Agent profile images: every upload is decoded and encoded anew (a 256x256 WebP without
// metadata), refused unless its bytes are a PNG, JPEG or WebP of sane size; served inert at a
// URL that changes with the image; the change log records upload and delete.

// The newest entry's actor image (the entries themselves: LOG of the agent fixtures).
const LATEST_ACTOR_IMAGE = graphql(`
  query AvatarLatestActorImage($id: ID!) {
    changeLog(entityType: AGENT, entityId: $id, first: 1) {
      edges {
        node {
          actorAvatarUrl
        }
      }
    }
  }
`);

describe('agent profile images', () => {
  let t: TestApp;
  let agent: { id: string; token: string };
  const { upload, uploadOk, download, avatarOf, fieldsOf } = avatarHelpers(() => t);
  const { ok: asAdmin } = withToken(
    () => t,
    () => t.adminToken,
  );
  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.createAgent({ email: 'pictured@avatars.example', name: 'Pictured Agent' });
  });
  afterAll(() => t.close());

  it.each([
    ['png', 'image/png', 'me.png'],
    ['jpeg', 'image/jpeg', 'me.jpg'],
    ['webp', 'image/webp', 'me.webp'],
  ] as const)('re-encodes a %s into a 256x256 WebP without its metadata, served inert at a hashed URL', async (format, type, name) => {
    const original = await makeImage(format);
    const url = await uploadOk(agent.id, original, name, type);
    expect(url).toMatch(new RegExp(`^/agent-avatars/${agent.id}/[a-f0-9]{32}$`));
    expect(await avatarOf(agent.id)).toBe(url);

    const r = await download(url);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/webp');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(r.headers.get('content-disposition')).toBe(`inline; filename="agent-${agent.id}.webp"`);
    expect(r.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const served = Buffer.from(await r.arrayBuffer());
    expect(served.equals(original)).toBe(false);
    const meta = await sharp(served).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 256, height: 256 });
    expect(meta.exif).toBeUndefined();
    expect(served.includes('private-exif-marker')).toBe(false);
    expect(original.includes('private-exif-marker')).toBe(true);
  });

  it('shows the same URLs in the agents list (loaded for the whole page) as on each agent', async () => {
    const other = await t.createAgent({ email: 'unpictured@avatars.example', name: 'Pictured Zz Without' });
    const url = await uploadOk(agent.id, await makeImage('png'), 'me.png', 'image/png');
    const { agents } = await asAdmin(DOCUMENTS.agents.query, { ...DOCUMENTS.agents.variables, filter: { search: 'pictured' } });
    const listed = new Map(agents.edges.map((e: { node: { id: string; avatarUrl: string | null } }) => [e.node.id, e.node.avatarUrl]));
    expect(listed.get(agent.id)).toBe(url);
    expect(listed.has(other.id)).toBe(true);
    expect(listed.get(other.id)).toBeNull();
    const plain = await asAdmin(DOCUMENTS.agents.query, DOCUMENTS.agents.variables);
    const all = new Map(plain.agents.edges.map((e: { node: { id: string; avatarUrl: string | null } }) => [e.node.id, e.node.avatarUrl]));
    expect(all.get(agent.id)).toBe(url);
    expect(await avatarOf(other.id)).toBeNull();
  });

  it('gives a new image a new URL; the old one is gone', async () => {
    const first = await uploadOk(agent.id, await makeImage('png', 300, 300, '#16a085'));
    const second = await uploadOk(agent.id, await makeImage('png', 300, 300, '#8e44ad'));
    expect(second).not.toBe(first);
    expect((await download(first)).status).toBe(404);
    expect((await download(second)).status).toBe(200);
    // One row per agent, whatever the number of uploads.
    expect(await t.roster.ds.getRepository(AgentAvatar).countBy({ agentId: Number(agent.id) })).toBe(1);
    // Multipart (with the preflight header, as user files) works too.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await makeImage('jpeg', 120, 90, '#d35400'))]), 'photo.jpg');
    const base = t.url.replace(/\/graphql$/, '');
    const multipart = await fetch(`${base}/agent-avatars/${agent.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}`, 'apollo-require-preflight': '1' },
      body: form,
    });
    expect(multipart.status).toBe(201);
    const noPreflight = await fetch(`${base}/agent-avatars/${agent.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}` },
      body: form,
    });
    expect(noPreflight.status).toBe(415);
  });

  it('decides by the bytes: HTML or SVG named .png, GIF and damaged images are refused; a PNG carrying HTML loses it', async () => {
    const before = await avatarOf(agent.id);
    const refused: [string | Buffer, string, string][] = [
      ['<html><body><script>alert(document.cookie)</script></body></html>', 'evil.png', 'image/png'],
      ['<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>', 'evil.png', 'image/png'],
      [
        await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
          .gif()
          .toBuffer(),
        'anim.png',
        'image/png',
      ],
      [(await makeImage('png')).subarray(0, 60), 'cut.png', 'image/png'],
      [Buffer.alloc(0), 'empty.png', 'image/png'],
    ];
    for (const [body, name, type] of refused) {
      const r = await upload(agent.id, body, name, type);
      expect(r.status).toBe(400);
      expect(await fieldsOf(r)).toEqual({ file: expect.stringMatching(/^must be a PNG, JPEG or WebP image/) });
    }
    expect(await avatarOf(agent.id)).toBe(before);

    const payload = '<html><script>alert("polyglot")</script></html>';
    const polyglot = Buffer.concat([await makeImage('png'), Buffer.from(payload)]);
    const url = await uploadOk(agent.id, polyglot, 'polyglot.html', 'text/html');
    const served = Buffer.from(await (await download(url)).arrayBuffer());
    expect(served.includes('<script')).toBe(false);
    expect((await sharp(served).metadata()).format).toBe('webp');
  });

  it('refuses more than 2 MB (413) and decompression bombs (more than 25 megapixels) before decoding them', async () => {
    const before = await avatarOf(agent.id);
    const big = Buffer.concat([await makeImage('png'), Buffer.alloc(2 * 1024 * 1024)]);
    const r = await upload(agent.id, big, 'big.png');
    expect(r.status).toBe(413);
    // A 6000x5000 single-colour PNG: a few KB that would decode to 90 MB of pixels.
    const bomb = await sharp({ create: { width: 6000, height: 5000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const b = await upload(agent.id, bomb, 'bomb.png');
    expect(b.status).toBe(400);
    expect(await fieldsOf(b)).toEqual({ file: 'is too large an image: at most 25 megapixels' });
    expect(await avatarOf(agent.id)).toBe(before);
  });

  it('deletes the image (initials again), records upload and delete in the change log, and goes with the agent', async () => {
    const url = await uploadOk(agent.id, await makeImage('webp', 64, 64, '#2980b9'));
    const hash = url.split('/').pop()!;
    const deleted = await asAdmin(DELETE_AVATAR, { id: agent.id });
    expect(deleted.deleteAgentAvatar).toEqual({ id: agent.id, avatarUrl: null });
    expect((await download(url)).status).toBe(404);
    // Deleting nothing changes nothing (no change-log entry).
    await asAdmin(DELETE_AVATAR, { id: agent.id });
    const entries = (await asAdmin(LOG, { id: agent.id, first: 100 })).changeLog.edges
      .map((e) => e.node)
      .filter((n) => n.field === 'avatar');
    expect(entries[0]).toMatchObject({ oldValue: hash, newValue: null, actorName: 'Administrator' });
    expect(entries[1]).toMatchObject({ oldValue: expect.stringMatching(/^[a-f0-9]{32}$/), newValue: hash });
    const rows = await t.roster.ds
      .getRepository(ChangeLogEntry)
      .countBy({ entityType: ChangeLogEntityType.AGENT, entityId: agent.id, field: 'avatar' });
    expect(rows).toBe(entries.length);

    // The change log shows its actors' images (none yet: the admin has none).
    expect((await asAdmin(LATEST_ACTOR_IMAGE, { id: agent.id })).changeLog.edges[0].node.actorAvatarUrl).toBeNull();
    const me = (
      await asAdmin(
        graphql(`
          query AvatarViewer {
            viewer {
              id
              avatarUrl
            }
          }
        `),
      )
    ).viewer;
    const mine = await uploadOk(me.id, await makeImage('png', 50, 50));
    expect((await asAdmin(LOG, { id: me.id, first: 1 })).changeLog.edges[0].node.field).toBe('avatar');
    expect((await asAdmin(LATEST_ACTOR_IMAGE, { id: me.id })).changeLog.edges[0].node.actorAvatarUrl).toBe(mine);
    // An entry shows its actor's image as it is now.
    expect((await asAdmin(LATEST_ACTOR_IMAGE, { id: agent.id })).changeLog.edges[0].node.actorAvatarUrl).toBe(mine);

    const gone = await t.createAgent({ email: 'gone@avatars.example', name: 'Gone Agent' });
    await uploadOk(gone.id, await makeImage('png'));
    await asAdmin(
      graphql(`
        mutation AvatarDeleteAgent($id: ID!) {
          deleteAgent(id: $id)
        }
      `),
      { id: gone.id },
    );
    expect(await t.roster.ds.getRepository(AgentAvatar).countBy({ agentId: Number(gone.id) })).toBe(0);
    expect((await asAdmin(AGENT_AVATAR, { id: gone.id })).agent).toBeNull();
  });
});
