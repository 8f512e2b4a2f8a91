import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ErrorCode } from '@roster/shared';
import { appError } from './errors';

/** "1 MB", "10 MB", "512 KB": how the limit reads in the refusal. */
const sizeLabel = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.floor(bytes / 1024 / 1024)} MB` : `${Math.floor(bytes / 1024)} KB`;

/** The refusal of an upload over `maxBytes` (HTTP 413 at the REST edge). */
export const tooLarge = (maxBytes: number) =>
  appError(ErrorCode.BAD_USER_INPUT, `The file is larger than ${sizeLabel(maxBytes)}`, { status: 413 });

/**
 * A pass-through that fails the pipeline with `tooLarge` as soon as more than `maxBytes` went
 * through: uploads are counted as they stream, never trusted by their Content-Length.
 */
export function byteLimit(maxBytes: number): Transform & { readonly bytes: number } {
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(tooLarge(maxBytes));
      else done(null, chunk);
    },
  });
  return Object.defineProperty(limit, 'bytes', { get: () => bytes }) as Transform & { readonly bytes: number };
}

/** The whole of a stream in memory, refusing (tooLarge) more than `maxBytes`: for small uploads only. */
export async function readAtMost(source: Readable, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(
    source,
    byteLimit(maxBytes),
    new Writable({
      write(chunk: Buffer, _enc, done) {
        parts.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(parts);
}
