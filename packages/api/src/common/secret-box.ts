import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

// Secrets the server must read back (TOTP seeds) are encrypted at rest with AES-256-GCM under a
// key derived from SECRET_KEY, one key per purpose (HKDF). The associated data binds a ciphertext
// to its row (an agent id), so that a value copied to another row does not decrypt.

const VERSION = 'v1';
const keys = new Map<string, Buffer>();

function keyFor(secretKey: string, purpose: string): Buffer {
  const id = `${purpose}\0${secretKey}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secretKey, 'roster-secret-box', purpose, 32));
    keys.set(id, key);
  }
  return key;
}

/** "v1.<iv>.<tag>.<ciphertext>" (base64url): what the column holds. */
export function seal(secretKey: string, purpose: string, plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secretKey, purpose), iv);
  cipher.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

/** The plaintext of `seal`; throws when the key, the purpose or the associated data differ. */
export function unseal(secretKey: string, purpose: string, sealed: string, aad: string): string {
  const [version, iv, tag, ct] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ct === undefined) throw new Error('Not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(secretKey, purpose), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}

/** An HMAC-SHA-256 keyed by SECRET_KEY (hex): a stolen database alone cannot test guesses against it. */
export const keyedHash = (secretKey: string, purpose: string, value: string): string =>
  createHmac('sha256', keyFor(secretKey, purpose)).update(value).digest('hex');
