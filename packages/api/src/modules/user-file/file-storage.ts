import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { byteLimit } from '../../common/byte-limit';
import type { FileStorage } from '../../common/request';

export type { FileStorage };

const KEY_RE = /^[a-f0-9]{32}$/;

/** Files under one directory (FILES_DIR, ./data/files), named by random keys (never by the uploaded name). */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    if (!KEY_RE.test(key)) throw new Error('invalid storage key');
    return path.join(this.dir, key.slice(0, 2), key);
  }

  async put(source: Readable, maxBytes: number): Promise<{ key: string; size: number }> {
    const key = randomBytes(16).toString('hex');
    const file = this.file(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    const limit = byteLimit(maxBytes);
    try {
      await pipeline(source, limit, fs.createWriteStream(file, { flags: 'wx' }));
    } catch (e) {
      await fs.promises.rm(file, { force: true });
      throw e;
    }
    return { key, size: limit.bytes };
  }

  get(key: string): Readable {
    return fs.createReadStream(this.file(key));
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.file(key), { force: true });
  }
}
