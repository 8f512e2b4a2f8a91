import { finished } from 'node:stream/promises';
import type express from 'express';
import { ErrorCode } from '@roster/shared';
import { readAtMost, tooLarge } from '../common/byte-limit';
import { DomainError } from '../common/errors';
import { FilePart, firstFilePart } from './multipart';

// What every file upload and every served file of the REST edge shares: user files
// (user-files.ts) and agent profile images (agent-avatars.ts).

/**
 * The upload: the raw body with an X-File-Name header, or multipart/form-data with an
 * apollo-require-preflight header. Either needs a CORS preflight this server never approves, so
 * another site cannot make a signed-in browser upload (the CSRF rule of /graphql). A declared
 * length far over `maxBytes` is refused before anything is read; the stream itself is counted by
 * whoever reads it (byteLimit).
 */
export function readUpload(req: express.Request, maxBytes: number): Promise<FilePart> | FilePart {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes + 64 * 1024) throw tooLarge(maxBytes);
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'multipart/form-data') {
    if (!req.headers['apollo-require-preflight'])
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Multipart uploads need an apollo-require-preflight header', undefined, {
        status: 415,
      });
    return firstFilePart(req, { fileSize: maxBytes + 1, fields: 10 });
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

/**
 * A small upload (readUpload) whole in memory, and the request read to its end: a refusal that
 * comes after (the bytes are not an image) is then answered on a connection the client can still
 * read, not one closed under data it is sending.
 */
export async function readSmallUpload(req: express.Request, maxBytes: number): Promise<{ fileName: string; bytes: Buffer }> {
  const file = await readUpload(req, maxBytes);
  const bytes = await readAtMost(file.stream, maxBytes);
  if (!req.complete) await finished(req);
  return { fileName: file.fileName, bytes };
}

export interface InertFile {
  /** The one type the browser is told (never taken from the upload unchecked). */
  contentType: string;
  fileName: string;
  size: number;
  /** attachment: always downloaded (user files); inline: shown (images Roster encoded itself). */
  disposition: 'attachment' | 'inline';
  cacheControl: string;
}

/**
 * Headers that keep served bytes inert: a fixed type, never sniffed, sandboxed with no sources
 * should a browser render them as a document anyway, and an explicit disposition.
 */
export function setInertHeaders(res: express.Response, file: InertFile): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('content-security-policy', "default-src 'none'; sandbox");
  res.setHeader('cache-control', file.cacheControl);
  if (file.disposition === 'attachment') res.attachment(file.fileName);
  else res.setHeader('content-disposition', `inline; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`);
  // After attachment(), which would set a type from the name (an .svg would be image/svg+xml).
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-length', String(file.size));
}
