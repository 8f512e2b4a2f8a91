import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { badInput } from '../../common/errors';

/** The largest upload taken (the REST edge refuses more with 413 before decoding anything). */
export const MAX_AVATAR_UPLOAD_BYTES = 2 * 1024 * 1024;
/** Decompression bombs: a small file that claims more pixels than this is refused before it is decoded (sharp limitInputPixels). */
export const MAX_AVATAR_INPUT_PIXELS = 25_000_000;
/** What is stored and served: a square WebP of this side, encoded here. */
export const AVATAR_SIZE = 256;
export const AVATAR_CONTENT_TYPE = 'image/webp';

const ACCEPTED = 'must be a PNG, JPEG or WebP image';

/**
 * The format by its magic bytes. Only these three reach the decoder: libvips would also open
 * SVG, GIF, TIFF, HEIF, PDF and more, whose loaders are more than an avatar needs.
 */
export function sniffImageFormat(bytes: Buffer): 'png' | 'jpeg' | 'webp' | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

export interface EncodedAvatar {
  bytes: Buffer;
  /** Hex SHA-256 of the encoded bytes (the URL's cache key), first 32 characters. */
  hash: string;
  contentType: string;
}

/**
 * Decodes an uploaded image and encodes a new one: turned upright by its EXIF orientation,
 * cropped to the centre square, resized to AVATAR_SIZE, written as WebP without any metadata
 * (sharp keeps none unless asked). The uploaded bytes are never kept, whatever they carried
 * besides the picture (a PNG with HTML appended comes out as pixels only). The name and the
 * client's type are not looked at: the bytes decide.
 */
export async function encodeAvatar(upload: Buffer): Promise<EncodedAvatar> {
  const format = sniffImageFormat(upload);
  if (!format) throw badInput({ file: ACCEPTED });
  let bytes: Buffer;
  try {
    const image = sharp(upload, { limitInputPixels: MAX_AVATAR_INPUT_PIXELS, failOn: 'error', pages: 1, sequentialRead: true });
    const meta = await image.metadata();
    if (meta.format !== format) throw new Error(`decoded as ${meta.format}, sniffed as ${format}`);
    bytes = await image
      .rotate()
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover', position: 'centre' })
      .webp({ quality: 82, effort: 4 })
      .timeout({ seconds: 10 })
      .toBuffer();
  } catch (e) {
    if (/pixel limit/i.test(String((e as Error)?.message)))
      throw badInput({ file: `is too large an image: at most ${MAX_AVATAR_INPUT_PIXELS / 1_000_000} megapixels` });
    throw badInput({ file: `${ACCEPTED} that can be read (this one is damaged or not an image)` });
  }
  return { bytes, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 32), contentType: AVATAR_CONTENT_TYPE };
}
