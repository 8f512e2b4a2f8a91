import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export type DbConfig = { type: 'sqlite'; path: string } | { type: 'mysql'; url: string; replicas?: ReplicaSettings };

/** DATABASE_REPLICA_URLS and how they are used (src/db/read-replicas.ts). */
export interface ReplicaSettings {
  urls: string[];
  /** A replica whose heartbeat is older than this serves no reads until it catches up (REPLICA_MAX_LAG_SECONDS). */
  maxLagSeconds: number;
  /** A session or token that wrote this recently reads from the primary (READ_YOUR_WRITES_SECONDS). */
  readYourWritesSeconds: number;
}

export interface Config {
  env: 'production' | 'development' | 'test';
  port: number;
  db: DbConfig;
  adminEmail?: string;
  adminPassword?: string;
  /** Display name of the first administrator (ADMIN_NAME). */
  adminName: string;
  licenseSeats: number;
  /** Light agents allowed at one time (LICENSE_LIGHT_SEATS); null: unlimited. Light agents use no seat of licenseSeats. */
  licenseLightSeats: number | null;
  licenseEdition: 'cloud' | 'on-premise';
  smtpUrl?: string;
  mailFrom: string;
  publicUrl: string;
  sessionTtlHours: number;
  invitationTtlDays: number;
  /** Temporary passwords and the set-password links of imported agents. */
  temporaryPasswordTtlDays: number;
  passwordResetTtlMinutes: number;
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
  /** How many outbox messages one process sends at once, one per pooled SMTP connection (MAIL_CONCURRENCY). */
  mailConcurrency: number;
  /** How often queued CSV imports are looked for (0: never, tests drive the runner). */
  importPollMs: number;
  /** How long a claim on an import lasts without a heartbeat (a crashed runner's job is taken over after it). */
  importLeaseMs: number;
  /** Where uploaded import files are stored (IMPORT_DIR; ./data/imports). */
  importDir: string;
  /** Audit events older than this many days are pruned (AUDIT_RETENTION_DAYS). */
  auditRetentionDays: number;
  /** How often any process looks whether the audit pruning is due (0: never, tests drive it). */
  auditPrunePollMs: number;
  /** Where files on user profiles are stored (FILES_DIR; ./data/files). */
  filesDir: string;
  seedDemo: boolean;
  /** Read queries answered by the fast path (src/graphql/fast-path.ts); false: Apollo answers everything. */
  fastPath: boolean;
  /** SECRET_KEY: encrypts two-step sign-in secrets at rest and keys recovery-code hashes. Required in production. */
  secretKey: string;
}

/**
 * Outside production, without SECRET_KEY: a fixed, public key, so that dev and test start with
 * nothing set. Anything encrypted with it is readable by anyone who has this source.
 */
export const INSECURE_DEVELOPMENT_SECRET_KEY = 'insecure-development-secret-key-never-use-in-production';

export class ConfigError extends Error {}

/** Their values can hold credentials: error messages never repeat them. */
const SECRET_VARIABLES = new Set(['ADMIN_PASSWORD', 'DATABASE_URL', 'DATABASE_REPLICA_URLS', 'SMTP_URL', 'SECRET_KEY']);

// An empty variable (`PORT=` in .env) means unset, as it always has.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Messages read after the variable's name: "PORT must be an integer >= 0 (got "abc")". */
const int = (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  optional(
    z
      .string()
      .regex(/^-?\d+$/, `must be an integer >= ${min}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be an integer >= ${min}`).max(max, `must be at most ${max}`)),
  ).transform((n) => n ?? fallback);

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  optional(z.enum(values, { error: `must be ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` })).transform(
    (v) => v ?? fallback,
  );

const flag = (fallback: boolean) =>
  optional(z.enum(['0', '1', 'true', 'false'], { error: 'must be 1 or 0 (true or false)' })).transform((v) =>
    v === undefined ? fallback : v === '1' || v === 'true',
  );

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

/** TRUST_PROXY: a hop count (1 behind one reverse proxy), true/false, or addresses/presets such as "loopback". */
function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined) return 'loopback';
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

/** Every variable Roster reads, with its default; `.env.example` lists the same ones. */
function envSchema(cwd: string) {
  return z
    .object({
      NODE_ENV: oneOf(['production', 'development', 'test'], 'development'),
      PORT: int(4000, 0, 65535),
      DATABASE_URL: optional(z.string()).transform((raw, ctx) => {
        try {
          return parseDatabaseUrl(raw, cwd);
        } catch (e) {
          // parseDatabaseUrl's messages start with the variable's name; the formatter adds it back.
          ctx.addIssue({ code: 'custom', message: (e as Error).message.replace(/^DATABASE_URL /, '') });
          return z.NEVER;
        }
      }),
      DATABASE_REPLICA_URLS: optional(z.string()).transform((raw, ctx) => {
        const urls = (raw ?? '')
          .split(',')
          .map((u) => u.trim())
          .filter(Boolean);
        if (urls.some((u) => !/^(mysql|mariadb):\/\/[^/]+\/\w+/.test(u))) {
          ctx.addIssue({ code: 'custom', message: 'must be comma-separated mysql://user:password@host:port/database URLs' });
          return z.NEVER;
        }
        return urls.map((u) => u.replace(/^mariadb:/, 'mysql:'));
      }),
      REPLICA_MAX_LAG_SECONDS: int(2, 1, 3600),
      READ_YOUR_WRITES_SECONDS: int(5, 1, 3600),
      ADMIN_EMAIL: optional(z.string()),
      ADMIN_PASSWORD: optional(z.string()),
      ADMIN_NAME: optional(z.string().max(200, 'must be at most 200 characters')).transform((v) => v?.trim() || 'Administrator'),
      LICENSE_SEATS: int(10, 1),
      // Unset: light agents are unlimited (0 allows none).
      LICENSE_LIGHT_SEATS: int(-1, 0),
      LICENSE_EDITION: oneOf(['cloud', 'on-premise'], 'cloud'),
      SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, 'must look like smtp://host:port')),
      MAIL_FROM: optional(z.string()).transform((v) => v ?? 'Roster <no-reply@roster.local>'),
      PUBLIC_URL: optional(z.string()),
      SESSION_TTL_HOURS: int(24 * 14, 1),
      INVITATION_TTL_DAYS: int(7, 1),
      TEMPORARY_PASSWORD_TTL_DAYS: int(7, 1),
      PASSWORD_RESET_TTL_MINUTES: int(60, 5),
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: int(5, 1),
      LOGIN_MAX_ATTEMPTS_PER_IP: int(50, 1),
      LOGIN_WINDOW_MINUTES: int(15, 1),
      OUTBOX_POLL_MS: int(2000, 0),
      MAIL_CONCURRENCY: int(4, 1, 16),
      IMPORT_POLL_MS: int(2000, 0),
      IMPORT_LEASE_MS: int(60_000, 1000),
      AUDIT_RETENTION_DAYS: int(365, 1, 36_500),
      AUDIT_PRUNE_POLL_MS: int(3_600_000, 0),
      IMPORT_DIR: optional(z.string()),
      FILES_DIR: optional(z.string()),
      // Unset: packages/web/dist next to the API code (src/ or dist/: both sit one level down).
      // Set but empty: serve no SPA.
      WEB_DIST: z
        .string()
        .optional()
        .transform((v) => v ?? path.resolve(__dirname, '..', '..', 'web', 'dist')),
      TRUST_PROXY: optional(z.string()).transform(parseTrustProxy),
      SEED_DEMO: flag(false),
      GRAPHQL_FAST_PATH: flag(true),
      SECRET_KEY: optional(z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 48)')),
    })
    .superRefine((env, ctx) => {
      if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
        ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'and ADMIN_EMAIL must be set together' });
      }
      // On-premise licenses are sold in batches of 10 seats.
      if (env.LICENSE_EDITION === 'on-premise' && env.LICENSE_SEATS % 10 !== 0) {
        ctx.addIssue({ code: 'custom', path: ['LICENSE_SEATS'], message: 'must be a multiple of 10 for an on-premise license' });
      }
      if (env.DATABASE_REPLICA_URLS.length && env.DATABASE_URL.type !== 'mysql') {
        ctx.addIssue({ code: 'custom', path: ['DATABASE_REPLICA_URLS'], message: 'needs a mysql:// DATABASE_URL (the primary)' });
      }
      // A write is visible on a healthy replica after at most REPLICA_MAX_LAG_SECONDS plus a heartbeat.
      if (env.READ_YOUR_WRITES_SECONDS <= env.REPLICA_MAX_LAG_SECONDS) {
        ctx.addIssue({ code: 'custom', path: ['READ_YOUR_WRITES_SECONDS'], message: 'must be more than REPLICA_MAX_LAG_SECONDS' });
      }
      // Two-step sign-in secrets are encrypted with it: production never falls back to a public key.
      if (env.NODE_ENV === 'production' && !env.SECRET_KEY) {
        ctx.addIssue({ code: 'custom', path: ['SECRET_KEY'], message: 'is required in production (e.g. openssl rand -base64 48)' });
      }
    });
}

/** "PORT must be an integer >= 0 (got "abc")", one line per problem, secrets never echoed. */
function formatIssues(issues: z.ZodError['issues'], env: NodeJS.ProcessEnv): string {
  return issues
    .map((issue) => {
      const name = String(issue.path[0] ?? '');
      const raw = env[name];
      const got = raw === undefined || SECRET_VARIABLES.has(name) ? '' : ` (got "${raw}")`;
      return `${name} ${issue.message}${got}`.trim();
    })
    .join('; ');
}

/** Reads and validates the environment once; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema(cwd).safeParse(env);
  if (!parsed.success) throw new ConfigError(formatIssues(parsed.error.issues, env));
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    db:
      e.DATABASE_URL.type === 'mysql' && e.DATABASE_REPLICA_URLS.length
        ? {
            ...e.DATABASE_URL,
            replicas: {
              urls: e.DATABASE_REPLICA_URLS,
              maxLagSeconds: e.REPLICA_MAX_LAG_SECONDS,
              readYourWritesSeconds: e.READ_YOUR_WRITES_SECONDS,
            },
          }
        : e.DATABASE_URL,
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    adminName: e.ADMIN_NAME,
    licenseSeats: e.LICENSE_SEATS,
    licenseLightSeats: e.LICENSE_LIGHT_SEATS < 0 ? null : e.LICENSE_LIGHT_SEATS,
    licenseEdition: e.LICENSE_EDITION,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    invitationTtlDays: e.INVITATION_TTL_DAYS,
    temporaryPasswordTtlDays: e.TEMPORARY_PASSWORD_TTL_DAYS,
    passwordResetTtlMinutes: e.PASSWORD_RESET_TTL_MINUTES,
    loginMaxAttemptsPerAccount: e.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT,
    loginMaxAttemptsPerIp: e.LOGIN_MAX_ATTEMPTS_PER_IP,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    webDist: e.WEB_DIST,
    dataDir: path.resolve(cwd, 'data'),
    trustProxy: e.TRUST_PROXY,
    secureCookies: e.NODE_ENV === 'production' || (e.PUBLIC_URL ?? '').startsWith('https://'),
    outboxPollMs: e.OUTBOX_POLL_MS,
    mailConcurrency: e.MAIL_CONCURRENCY,
    importPollMs: e.IMPORT_POLL_MS,
    importLeaseMs: e.IMPORT_LEASE_MS,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    auditPrunePollMs: e.AUDIT_PRUNE_POLL_MS,
    importDir: path.resolve(cwd, e.IMPORT_DIR ?? path.join('data', 'imports')),
    filesDir: path.resolve(cwd, e.FILES_DIR ?? path.join('data', 'files')),
    seedDemo: e.SEED_DEMO,
    fastPath: e.GRAPHQL_FAST_PATH,
    secretKey: e.SECRET_KEY ?? INSECURE_DEVELOPMENT_SECRET_KEY,
  };
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
