import sharp from 'sharp';
import { graphql } from '../gql';
import type { TestApp } from './test-app';

// Agent profile images in tests: real images made with sharp, the upload and download
// endpoints (/agent-avatars/...), and the GraphQL fields.

export const AGENT_AVATAR = graphql(`
  query AvatarOfAgent($id: ID!) {
    agent(id: $id) {
      id
      avatarUrl
    }
  }
`);
export const DELETE_AVATAR = graphql(`
  mutation AvatarDelete($id: ID!) {
    deleteAgentAvatar(agentId: $id) {
      id
      avatarUrl
    }
  }
`);

/** A picture with a gradient-free, two-colour content (so that encoders cannot emit the same bytes back). */
export function makeImage(format: 'png' | 'jpeg' | 'webp', width = 320, height = 200, colour = '#c0392b'): Promise<Buffer> {
  const img = sharp({ create: { width, height, channels: 3, background: colour } }).composite([
    {
      input: { create: { width: Math.floor(width / 2), height: Math.floor(height / 2), channels: 3, background: '#2c3e50' } },
      top: 0,
      left: 0,
    },
  ]);
  // Metadata the upload carries (EXIF with a camera model and orientation): none of it may be served.
  const withExif = img.withExif({ IFD0: { Model: 'Secret Camera 3000', Copyright: 'private-exif-marker' } });
  return (format === 'png' ? withExif.png() : format === 'jpeg' ? withExif.jpeg() : withExif.webp()).toBuffer();
}

export function avatarHelpers(app: () => TestApp) {
  const base = () => app().url.replace(/\/graphql$/, '');
  /** The raw body with X-File-Name, as the SPA sends it. */
  const upload = (agentId: string, body: Buffer | string, name = 'me.png', type = 'image/png', token: string | null = app().adminToken) =>
    fetch(`${base()}/agent-avatars/${agentId}`, {
      method: 'POST',
      headers: { 'content-type': type, 'x-file-name': encodeURIComponent(name), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  /** A 201's avatarUrl, failing the test on any other answer. */
  const uploadOk = async (agentId: string, body: Buffer, name = 'me.png', type = 'image/png', token: string | null = app().adminToken) => {
    const r = await upload(agentId, body, name, type, token);
    const json = (await r.json()) as { avatarUrl?: string; errors?: unknown };
    if (r.status !== 201) throw new Error(`upload answered ${r.status}: ${JSON.stringify(json)}`);
    return json.avatarUrl!;
  };
  const download = (url: string, token: string | null = app().adminToken) =>
    fetch(`${base()}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const avatarOf = async (id: string, token = app().adminToken) => (await app().ok(AGENT_AVATAR, { id }, { token })).agent!.avatarUrl;
  const fieldsOf = async (r: Response) =>
    ((await r.json()) as { errors: { extensions: { fields?: Record<string, string> } }[] }).errors[0].extensions.fields;
  return { upload, uploadOk, download, avatarOf, fieldsOf };
}
