import type { Readable } from 'node:stream';
import busboy from 'busboy';
import cookieParser from 'cookie-parser';
import express from 'express';
import { ErrorCode } from '@roster/shared';
import { checkEndpointRequirements } from '../../common/auth';
import { DomainError } from '../../common/errors';
import type { AppDeps } from '../../common/request';
import { sendError } from '../agent-import/import.http';
import { requirePermission } from '../permission/permission.check';
import { addUserFile, assertCanUpload, cleanFileName, findUserFile, MAX_USER_FILE_BYTES, servedType } from './user-file.service';

interface Upload {
  stream: Readable;
  fileName: string;
  contentType: string;
}

/** The first file part of a multipart body. */
function multipartFile(req: express.Request): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_USER_FILE_BYTES + 1, fields: 10 } });
    let found = false;
    bb.on('file', (_name, stream, info) => {
      found = true;
      resolve({ stream, fileName: info.filename ?? '', contentType: info.mimeType });
    });
    bb.on('error', reject);
    bb.on('finish', () => {
      if (!found) reject(new DomainError(ErrorCode.BAD_USER_INPUT, 'The multipart body has no file part', { file: 'is required' }));
    });
    req.pipe(bb);
  });
}

/**
 * The upload: the raw body with an X-File-Name header, or multipart/form-data with an
 * apollo-require-preflight header. Either needs a CORS preflight this server never approves, so
 * another site cannot make a signed-in browser upload (the CSRF rule of /graphql).
 */
function upload(req: express.Request): Promise<Upload> | Upload {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'multipart/form-data') {
    if (!req.headers['apollo-require-preflight'])
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Multipart uploads need an apollo-require-preflight header', undefined, {
        status: 415,
      });
    return multipartFile(req);
  }
  const name = req.headers['x-file-name'];
  if (typeof name !== 'string')
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      'Send the file as the body with an X-File-Name header',
      { file: 'needs a file name' },
      { status: 415 },
    );
  let fileName: string;
  try {
    fileName = decodeURIComponent(name);
  } catch {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'X-File-Name must be percent-encoded UTF-8', { file: 'has a malformed name' });
  }
  return { stream: req, fileName, contentType: type || 'application/octet-stream' };
}

/** POST /users/:userId/files (people.edit, users:write) and GET /users/:userId/files/:fileId (people.view, users:read). */
export function userFileRoutes(deps: AppDeps): express.Router {
  const router = express.Router();
  router.use('/users', cookieParser());

  router.post('/users/:userId/files', async (req, res) => {
    let stored: { key: string; size: number } | null = null;
    try {
      const ctx = await deps.context(req);
      const actor = checkEndpointRequirements(ctx, ['users:write']);
      await ctx.read((sc) => assertCanUpload(sc, req.params.userId), actor);
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_USER_FILE_BYTES + 64 * 1024)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `The file is larger than ${MAX_USER_FILE_BYTES / 1024 / 1024} MB`, undefined, {
          status: 413,
        });
      const file = await upload(req);
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
      const ctx = await deps.context(req);
      const actor = checkEndpointRequirements(ctx, ['users:read']);
      const file = await ctx.read(async (sc) => {
        await requirePermission(sc, 'people.view', 'viewing users');
        return findUserFile(sc, { userId: req.params.userId, fileId: req.params.fileId });
      }, actor);
      // Always a download: never rendered, never sniffed, and sandboxed should a browser try anyway.
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('content-security-policy', "default-src 'none'; sandbox");
      res.setHeader('cache-control', 'private, no-store');
      res.attachment(file.fileName);
      // After attachment(), which would set a type from the name (an .svg would be image/svg+xml).
      res.setHeader('content-type', servedType(file.contentType));
      res.setHeader('content-length', String(file.size));
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
