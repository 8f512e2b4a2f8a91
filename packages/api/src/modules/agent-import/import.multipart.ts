import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type express from 'express';
import { ErrorCode } from '@roster/shared';
import { DomainError } from '../../common/errors';
import { MAX_IMPORT_BYTES } from './import.service';

/** The first file of a multipart/form-data upload, as a stream (other parts are ignored). */
export function firstFile(req: express.Request): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_IMPORT_BYTES + 1, fields: 20 } });
    let found = false;
    bb.on('file', (_name, stream) => {
      found = true;
      resolve(stream);
    });
    bb.on('error', reject);
    bb.on('finish', () => {
      if (!found) reject(new DomainError(ErrorCode.BAD_USER_INPUT, 'The multipart body has no file part', { file: 'is required' }));
    });
    req.pipe(bb);
  });
}
