import express from 'express';
import { checkEndpointRequirements } from '../common/auth';
import { AppDeps, buildContext } from '../graphql/context';
import { assertCanUploadAvatar, encodeAvatar, findAgentAvatar, MAX_AVATAR_UPLOAD_BYTES, setAgentAvatar } from '../modules/agent-avatar';
import { sendError } from './errors';
import { readSmallUpload, setInertHeaders } from './upload';

/**
 * Agent profile images. POST /agent-avatars/:agentId (agents:write; an admin, or the agent with
 * profile.edit_own): the upload as user files take it (upload.ts), at most 2 MB, decoded and
 * encoded anew before anything is stored. GET /agent-avatars/:agentId/:hash (any signed-in
 * actor): the stored WebP, inert, cached for good (the hash changes with the image).
 */
export function agentAvatarRoutes(deps: AppDeps): express.Router {
  const router = express.Router();

  router.post('/agent-avatars/:agentId', async (req, res) => {
    try {
      const ctx = await buildContext(deps, req);
      const actor = checkEndpointRequirements(ctx, ['agents:write']);
      await ctx.read((sc) => assertCanUploadAvatar(sc, req.params.agentId), actor);
      const file = await readSmallUpload(req, MAX_AVATAR_UPLOAD_BYTES);
      // Decoding is CPU work: outside the transaction, which then only writes the result.
      const image = await encodeAvatar(file.bytes);
      const saved = await ctx.tx((sc) => setAgentAvatar(sc, { agentId: req.params.agentId, image }), actor);
      res.status(201).json(saved);
    } catch (e) {
      // The rest of an upload refused before its end (sign-in, permission, size) is not read.
      if (!req.complete) res.setHeader('connection', 'close');
      sendError(res, e);
    }
  });

  router.get('/agent-avatars/:agentId/:hash', async (req, res) => {
    try {
      const ctx = await buildContext(deps, req);
      const actor = checkEndpointRequirements(ctx, []);
      const avatar = await ctx.read((sc) => findAgentAvatar(sc, { agentId: req.params.agentId, hash: req.params.hash }), actor);
      setInertHeaders(res, {
        contentType: avatar.contentType,
        fileName: `agent-${avatar.agentId}.webp`,
        size: avatar.bytes.length,
        disposition: 'inline',
        // Private: it needs a sign-in. Immutable: another image has another URL.
        cacheControl: 'private, max-age=31536000, immutable',
      });
      res.setHeader('etag', `"${avatar.hash}"`);
      res.end(avatar.bytes);
    } catch (e) {
      sendError(res, e);
    }
  });
  return router;
}
