import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type express from 'express';
import { ErrorCode } from '@roster/shared';
import { DomainError } from '../common/errors';

export interface FilePart {
  stream: Readable;
  fileName: string;
  contentType: string;
}

/** The first file part of a multipart/form-data body, as a stream (other parts are ignored). */
export function firstFilePart(req: express.Request, limits: { fileSize: number; fields: number }): Promise<FilePart> {
  return new Promise((resolve, reject) => {
    const bb = busboy({ headers: req.headers, limits: { files: 1, ...limits } });
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
