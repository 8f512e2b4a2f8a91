import { AgentAvatar } from '../src/modules/agent-avatar';
import { AGENT_AVATAR, avatarHelpers, DELETE_AVATAR, makeImage } from './helpers/avatar-fixtures';
import { accessHelpers } from './helpers/access-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Who may change and see agent profile images: the agent edit rule (admins change anyone's; an
// agent their own, with profile.edit_own), agents:write for tokens; any signed-in actor sees them.
// Every refusal is paired with a check that nothing changed.

describe('access to agent profile images', () => {
  let t: TestApp;
  let owner: { id: string; token: string };
  let colleague: { id: string; token: string };
  let restricted: { id: string; token: string };
  let light: { id: string; token: string };
  let ownerUrl: string;
  const { upload, uploadOk, download, avatarOf } = avatarHelpers(() => t);
  const { newToken } = accessHelpers(() => t);
  const rows = () => t.roster.ds.getRepository(AgentAvatar).find({ select: { agentId: true, hash: true }, order: { agentId: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp();
    owner = await t.createAgent({ email: 'owner@avatar-access.example', name: 'Olive Owner' });
    colleague = await t.createAgent({ email: 'colleague@avatar-access.example', name: 'Colin Colleague' });
    // Not in the built-in groups: no profile.edit_own.
    restricted = await t.createAgent({
      email: 'restricted@avatar-access.example',
      name: 'Rita Restricted',
      permissionGroupIds: [],
      permissions: ['people.view'],
    });
    light = await t.createAgent({ email: 'light@avatar-access.example', name: 'Lee Light', type: 'LIGHT' });
    ownerUrl = await uploadOk(owner.id, await makeImage('png'), 'me.png', 'image/png', owner.token);
  });
  afterAll(() => t.close());

  it('lets an agent change their own image and an admin anyone’s', async () => {
    const own = await uploadOk(colleague.id, await makeImage('jpeg'), 'me.jpg', 'image/jpeg', colleague.token);
    expect(await avatarOf(colleague.id, colleague.token)).toBe(own);
    expect((await t.ok(DELETE_AVATAR, { id: colleague.id }, { token: colleague.token })).deleteAgentAvatar.avatarUrl).toBeNull();
    const byAdmin = await uploadOk(restricted.id, await makeImage('webp'), 'r.webp', 'image/webp');
    expect(await avatarOf(restricted.id)).toBe(byAdmin);
    expect((await t.ok(DELETE_AVATAR, { id: restricted.id }, { token: t.adminToken })).deleteAgentAvatar.avatarUrl).toBeNull();
    // An admin's token with agents:write acts as the admin.
    const { token } = await newToken(['agents:write']);
    const byToken = await uploadOk(colleague.id, await makeImage('png', 40, 40), 'c.png', 'image/png', token);
    expect(await avatarOf(colleague.id)).toBe(byToken);
  });

  it('refuses another agent, an agent without profile.edit_own, a read-only token, nobody, and unknown agents; nothing changes', async () => {
    const before = await rows();
    const image = await makeImage('png', 64, 64, '#000000');
    const { token: readOnly } = await newToken(['agents:read']);
    const refusals: [string, string, string | null, number, string][] = [
      ['colleague uploads for the owner', owner.id, colleague.token, 403, 'FORBIDDEN'],
      ['light agent uploads for the owner', owner.id, light.token, 403, 'FORBIDDEN'],
      ['restricted agent uploads their own', restricted.id, restricted.token, 403, 'FORBIDDEN'],
      ["admin's read-only token", owner.id, readOnly, 403, 'FORBIDDEN'],
      ['anonymous', owner.id, null, 401, 'UNAUTHENTICATED'],
      ['a revoked or made-up token', owner.id, 'not-a-real-token', 401, 'UNAUTHENTICATED'],
      ['unknown agent', '999999', t.adminToken, 404, 'NOT_FOUND'],
      ['malformed id', 'abc', t.adminToken, 400, 'BAD_USER_INPUT'],
    ];
    for (const [name, agentId, token, status, code] of refusals) {
      const r = await upload(agentId, image, 'x.png', 'image/png', token);
      const body = (await r.json()) as { errors: { extensions: { code: string } }[] };
      expect({ name, status: r.status, code: body.errors[0].extensions.code }).toEqual({ name, status, code });
    }
    const deletes: [string, string, string, string][] = [
      ['colleague deletes the owner’s', owner.id, colleague.token, 'FORBIDDEN'],
      ['restricted agent deletes their own', restricted.id, restricted.token, 'FORBIDDEN'],
      ["admin's read-only token", owner.id, readOnly, 'FORBIDDEN'],
      ['unknown agent', '999999', t.adminToken, 'NOT_FOUND'],
    ];
    for (const [name, id, token, code] of deletes) {
      const r = await t.gql(DELETE_AVATAR, { id }, { token });
      expect({ name, code: codeOf(r) }).toEqual({ name, code });
    }
    expect(codeOf(await t.gql(DELETE_AVATAR, { id: owner.id }))).toBe('UNAUTHENTICATED');
    expect(await rows()).toEqual(before);
    expect(await avatarOf(owner.id)).toBe(ownerUrl);
  });

  it('shows every image to any signed-in actor, and to nobody else', async () => {
    const { token: usersOnly } = await newToken(['users:read']);
    for (const token of [owner.token, colleague.token, restricted.token, light.token, usersOnly, t.adminToken]) {
      expect((await download(ownerUrl, token)).status).toBe(200);
    }
    expect((await t.ok(AGENT_AVATAR, { id: owner.id }, { token: light.token })).agent!.avatarUrl).toBe(ownerUrl);
    expect((await download(ownerUrl, null)).status).toBe(401);
    expect((await download(ownerUrl, 'not-a-real-token')).status).toBe(401);
    // Another hash, or none that could be one, is not found.
    expect((await download(`/agent-avatars/${owner.id}/${'0'.repeat(32)}`)).status).toBe(404);
    expect((await download(`/agent-avatars/${owner.id}/..%2F..%2Fetc`)).status).toBe(404);
  });
});
