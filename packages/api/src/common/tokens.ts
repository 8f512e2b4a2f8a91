import { hash, randomBytes } from 'node:crypto';

// Secrets are random, shown once, and stored only as SHA-256 (fast is fine: they carry
// 256 bits of entropy, unlike passwords).
export const newSecret = (prefix: string): string => `${prefix}_${randomBytes(32).toString('base64url')}`;
/** n secrets like newSecret, from one read of the random source. */
export function newSecrets(prefix: string, n: number): string[] {
  const bytes = randomBytes(32 * n);
  return Array.from({ length: n }, (_, i) => `${prefix}_${bytes.subarray(32 * i, 32 * i + 32).toString('base64url')}`);
}
/** One-shot (crypto.hash): a third of createHash().update().digest()'s time; every request hashes its token. */
export const sha256 = (value: string): string => hash('sha256', value, 'hex');

export const SESSION_PREFIX = 'rss';
/** The httpOnly cookie that carries the session token for the SPA. */
export const SESSION_COOKIE = 'roster_session';
export const API_TOKEN_PREFIX = 'rat';
export const INVITATION_PREFIX = 'inv';
export const DEVICE_PREFIX = 'rdv';
/** The httpOnly cookie that marks a browser an agent has signed in from (device cookies). */
export const DEVICE_COOKIE = 'roster_device';

/** A temporary password people can type: 16 characters from an unambiguous alphabet. */
export function temporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
