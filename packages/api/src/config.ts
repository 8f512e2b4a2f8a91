import fs from 'node:fs';
import path from 'node:path';

export type DbConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'mysql'; url: string };

export interface Config {
  env: 'production' | 'development' | 'test';
  port: number;
  db: DbConfig;
  adminEmail?: string;
  adminPassword?: string;
  licenseSeats: number;
  licenseEdition: 'cloud' | 'on-premise';
  smtpUrl?: string;
  mailFrom: string;
  publicUrl: string;
  sessionTtlHours: number;
  invitationTtlDays: number;
  loginMaxAttemptsPerAccount: number;
  loginMaxAttemptsPerIp: number;
  loginWindowMinutes: number;
  webDist?: string;
  /** Where local files go (development outbox .eml files); ./data of the start directory. */
  dataDir: string;
  /** Express 'trust proxy': which hops may set X-Forwarded-For (the client IP for rate limits). */
  trustProxy: boolean | number | string;
  /** Session cookies are Secure in production or when PUBLIC_URL is https. */
  secureCookies: boolean;
  outboxPollMs: number;
  seedDemo: boolean;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be an integer >= ${min} (got "${raw}")`);
  return n;
}

export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DbConfig {
  if (!raw) return { type: 'sqlite', path: path.resolve(cwd, 'data', 'roster.sqlite') };
  if (raw.startsWith('sqlite:')) {
    const p = raw.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!p) throw new ConfigError('DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./data/roster.sqlite');
    return { type: 'sqlite', path: p === ':memory:' ? p : path.resolve(cwd, p) };
  }
  if (raw.startsWith('mysql://') || raw.startsWith('mariadb://')) {
    return { type: 'mysql', url: raw.replace(/^mariadb:/, 'mysql:') };
  }
  throw new ConfigError('DATABASE_URL must start with sqlite: or mysql:// (got an unsupported scheme)');
}

/** Reads and validates the environment once; throws ConfigError with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  if (env.NODE_ENV && !['production', 'development', 'test'].includes(env.NODE_ENV)) {
    throw new ConfigError(`NODE_ENV must be production, development or test (got "${env.NODE_ENV}")`);
  }
  const nodeEnv = (env.NODE_ENV || 'development') as Config['env'];
  const port = int(env, 'PORT', 4000, 0);
  if (port > 65535) throw new ConfigError(`PORT must be at most 65535 (got ${port})`);
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL must look like smtp://host:port');
  if ((env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) || (!env.ADMIN_EMAIL && env.ADMIN_PASSWORD)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  const licenseEdition = env.LICENSE_EDITION === 'on-premise' ? 'on-premise' : 'cloud';
  if (env.LICENSE_EDITION && !['cloud', 'on-premise'].includes(env.LICENSE_EDITION)) {
    throw new ConfigError('LICENSE_EDITION must be cloud or on-premise');
  }
  const licenseSeats = int(env, 'LICENSE_SEATS', 10, 1);
  // On-premise licenses are sold in batches of 10 seats.
  if (licenseEdition === 'on-premise' && licenseSeats % 10 !== 0) {
    throw new ConfigError(`LICENSE_SEATS must be a multiple of 10 for an on-premise license (got ${licenseSeats})`);
  }
  const webDist = env.WEB_DIST ?? path.resolve(__dirname, '..', '..', 'web', 'dist');
  return {
    env: nodeEnv,
    port,
    db: parseDatabaseUrl(env.DATABASE_URL, cwd),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    licenseSeats,
    licenseEdition,
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Roster <no-reply@roster.local>',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 24 * 14, 1),
    invitationTtlDays: int(env, 'INVITATION_TTL_DAYS', 7, 1),
    loginMaxAttemptsPerAccount: int(env, 'LOGIN_MAX_ATTEMPTS_PER_ACCOUNT', 5, 1),
    loginMaxAttemptsPerIp: int(env, 'LOGIN_MAX_ATTEMPTS_PER_IP', 50, 1),
    loginWindowMinutes: int(env, 'LOGIN_WINDOW_MINUTES', 15, 1),
    webDist,
    dataDir: path.resolve(cwd, 'data'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    secureCookies: nodeEnv === 'production' || (env.PUBLIC_URL ?? '').startsWith('https://'),
    outboxPollMs: int(env, 'OUTBOX_POLL_MS', 2000, 0),
    seedDemo: env.SEED_DEMO === '1' || env.SEED_DEMO === 'true',
  };
}

/** TRUST_PROXY: a hop count (1 behind one reverse proxy), true/false, or addresses/presets such as "loopback". */
function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '') return 'loopback';
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

/**
 * For the CLI entry points (start, seed): relative paths (./data, .env) mean the directory the
 * command was run from (pnpm's INIT_CWD), not packages/api. Real environment variables win over .env.
 */
export function loadConfigFromStartDir(): Config {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const envFile = path.join(cwd, '.env');
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile);
  return loadConfig(process.env, cwd);
}
