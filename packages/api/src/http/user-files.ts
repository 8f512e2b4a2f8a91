import express from 'express';
import { checkEndpointRequirements } from '../common/auth';
import { AppDeps, buildContext } from '../graphql/context';
import { requirePermission } from '../modules/permission';
import { addUserFile, assertCanUpload, cleanFileName, findUserFile, MAX_USER_FILE_BYTES, servedType } from '../modules/user-file';
import { sendError } from './errors';
import { readUpload, setInertHeaders } from './upload';

/** POST /users/:userId/files (people.edit, users:write) and GET /users/:userId/files/:fileId (people.view, users:read). */
export function userFileRoutes(deps: AppDeps): express.Router {
  const router = express.Router();

  router.post('/users/:userId/files', async (req, res) => {
    let stored: { key: string; size: number } | null = null;
    try {
      const ctx = await buildContext(deps, req);
      const actor = checkEndpointRequirements(ctx, ['users:write']);
      await ctx.read((sc) => assertCanUpload(sc, req.params.userId), actor);
      const file = await readUpload(req, MAX_USER_FILE_BYTES);
      const fileName = cleanFileName(file.fileName);
      const saved = await deps.files.put(file.stream, MAX_USER_FILE_BYTES);
      stored = saved;
      const row = await ctx.tx(
        (sc) =>
          addUserFile(sc, { userId: req.params.userId, fileName, contentType: file.contentType, size: saved.size, storageKey: saved.key }),
        actor,
      );
      stored = null;
      res.status(201).json({ id: String(row.id), fileName: row.fileName, contentType: row.contentType, size: row.size });
    } catch (e) {
      if (stored) await deps.files.delete(stored.key);
      // The rest of a refused upload is not read.
      res.setHeader('connection', 'close');
      sendError(res, e);
    }
  });

  router.get('/users/:userId/files/:fileId', async (req, res) => {
    try {
      const ctx = await buildContext(deps, req);
      const actor = checkEndpointRequirements(ctx, ['users:read']);
      const file = await ctx.read(async (sc) => {
        await requirePermission(sc, 'people.view', 'viewing users');
        return findUserFile(sc, { userId: req.params.userId, fileId: req.params.fileId });
      }, actor);
      // Always a download: never rendered, never sniffed, and sandboxed should a browser try anyway.
      setInertHeaders(res, {
        contentType: servedType(file.contentType),
        fileName: file.fileName,
        size: file.size,
        disposition: 'attachment',
        cacheControl: 'private, no-store',
      });
      deps.files
        .get(file.storageKey)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch (e) {
      sendError(res, e);
    }
  });
  return router;
}
