import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { randomBytes } from 'node:crypto';
import { keyedHash, seal, unseal } from '../../common/secret-box';

// TOTP (RFC 6238) with otplib's defaults, which authenticator apps expect: SHA-1, 6 digits, 30 s.
// A code from one step before or after the server's clock is accepted (clock drift); the caller
// refuses steps at or before the last one accepted (replay).

const ISSUER = 'Roster';
const SECRET_PURPOSE = 'totp-secret';
const RECOVERY_PURPOSE = 'recovery-code';
const PERIOD_SECONDS = 30;

export const newTotpSecret = (): string => generateSecret({ length: 20 });

export const totpUri = (secret: string, email: string): string => generateURI({ issuer: ISSUER, label: email, secret });

/** The URI as a QR code (an SVG data URL), made here so that the secret never leaves for a third-party service. */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export const sealTotpSecret = (secretKey: string, secret: string, agentId: number) =>
  seal(secretKey, SECRET_PURPOSE, secret, `agent:${agentId}`);
export const unsealTotpSecret = (secretKey: string, sealed: string, agentId: number) =>
  unseal(secretKey, SECRET_PURPOSE, sealed, `agent:${agentId}`);

/** Six digits, spaces allowed ("123 456"); anything else is not a TOTP code. */
export const asTotpCode = (input: string): string | null => {
  const digits = input.replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
};

/** The time step the code belongs to (within one step of `now`) after `afterStep`; null when wrong or replayed. */
export async function matchTotp(args: { secret: string; code: string; now: Date; afterStep: number | null }): Promise<number | null> {
  const result = await verify({
    secret: args.secret,
    token: args.code,
    epoch: Math.floor(args.now.getTime() / 1000),
    epochTolerance: PERIOD_SECONDS,
    ...(args.afterStep !== null ? { afterTimeStep: args.afterStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes like "k7dm2-x9qhp" (about 49 bits each): typed by people, used once. */
export function newRecoveryCodes(): string[] {
  const bytes = randomBytes(RECOVERY_CODE_COUNT * 10);
  return Array.from({ length: RECOVERY_CODE_COUNT }, (_, i) => {
    const chars = Array.from(bytes.subarray(i * 10, i * 10 + 10), (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What people type, as stored: case, spaces and dashes do not matter. */
export const normalizeRecoveryCode = (input: string): string | null => {
  const v = input.toLowerCase().replace(/[\s-]+/g, '');
  return v.length === 10 && [...v].every((c) => RECOVERY_ALPHABET.includes(c)) ? v : null;
};

export const recoveryCodeHash = (secretKey: string, normalized: string): string => keyedHash(secretKey, RECOVERY_PURPOSE, normalized);
