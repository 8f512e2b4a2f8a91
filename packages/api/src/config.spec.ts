import { ConfigError, INSECURE_DEVELOPMENT_SECRET_KEY, loadConfig, parseDatabaseUrl } from './config';

describe('config', () => {
  it('defaults to the embedded SQLite file under ./data', () => {
    expect(parseDatabaseUrl(undefined, '/srv/roster')).toEqual({ type: 'sqlite', path: '/srv/roster/data/roster.sqlite' });
    expect(parseDatabaseUrl('sqlite:other.db', '/srv/roster')).toEqual({ type: 'sqlite', path: '/srv/roster/other.db' });
    expect(parseDatabaseUrl('mysql://u:p@h:3306/d')).toEqual({ type: 'mysql', url: 'mysql://u:p@h:3306/d' });
  });

  it('fails fast with a message naming the variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.co' })).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadConfig({ SMTP_URL: 'http://x' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ LICENSE_SEATS: '0' })).toThrow(ConfigError);
  });

  it('sells on-premise seats in batches of 10', () => {
    expect(() => loadConfig({ LICENSE_EDITION: 'on-premise', LICENSE_SEATS: '15' })).toThrow(/multiple of 10/);
    expect(loadConfig({ LICENSE_EDITION: 'on-premise', LICENSE_SEATS: '20' }).licenseSeats).toBe(20);
    expect(loadConfig({ LICENSE_SEATS: '15' }).licenseEdition).toBe('cloud');
  });
});

describe('config (read replicas)', () => {
  const primary = 'mysql://roster:secret@db1:3306/roster';
  it('reads DATABASE_REPLICA_URLS beside a mysql primary, with the lag and read-your-writes windows', () => {
    const c = loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'mysql://r:s@db2:3306/roster, mariadb://r:s@db3/roster' });
    expect(c.db).toEqual({
      type: 'mysql',
      url: primary,
      replicas: { urls: ['mysql://r:s@db2:3306/roster', 'mysql://r:s@db3/roster'], maxLagSeconds: 2, readYourWritesSeconds: 5 },
    });
    expect(loadConfig({ DATABASE_URL: primary }).db).toEqual({ type: 'mysql', url: primary });
  });

  it('refuses replicas of SQLite, bad URLs and a read-your-writes window shorter than the lag, never echoing the URLs', () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'mysql://r:s@db2/roster' })).toThrow(/DATABASE_REPLICA_URLS needs a mysql/);
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'postgres://r:hunter2@db2/roster' })).toThrow(
      /^DATABASE_REPLICA_URLS must be comma-separated mysql:\/\/[^"]*$/,
    );
    expect(() =>
      loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'mysql://r:s@db2/roster', REPLICA_MAX_LAG_SECONDS: '5' }),
    ).toThrow(/READ_YOUR_WRITES_SECONDS must be more than REPLICA_MAX_LAG_SECONDS/);
  });
});

describe('config (schema)', () => {
  it('keeps the defaults', () => {
    const c = loadConfig({}, '/srv/roster');
    expect(c).toMatchObject({
      env: 'development',
      port: 4000,
      db: { type: 'sqlite', path: '/srv/roster/data/roster.sqlite' },
      adminName: 'Administrator',
      licenseSeats: 10,
      licenseLightSeats: null,
      licenseEdition: 'cloud',
      mailFrom: 'Roster <no-reply@roster.local>',
      publicUrl: 'http://localhost:4000',
      sessionTtlHours: 336,
      invitationTtlDays: 7,
      temporaryPasswordTtlDays: 7,
      passwordResetTtlMinutes: 60,
      loginMaxAttemptsPerAccount: 5,
      loginMaxAttemptsPerIp: 50,
      loginWindowMinutes: 15,
      dataDir: '/srv/roster/data',
      trustProxy: 'loopback',
      secureCookies: false,
      outboxPollMs: 2000,
      importPollMs: 2000,
      importLeaseMs: 60_000,
      importDir: '/srv/roster/data/imports',
      filesDir: '/srv/roster/data/files',
      seedDemo: false,
    });
    expect(c.adminEmail).toBeUndefined();
    expect(c.smtpUrl).toBeUndefined();
    expect(c.webDist).toMatch(/web[\\/]dist$/);
  });

  it('treats empty variables as unset', () => {
    const c = loadConfig({ PORT: '', NODE_ENV: '', ADMIN_NAME: ' ', MAIL_FROM: '', TRUST_PROXY: '', SMTP_URL: '', SEED_DEMO: '' });
    expect(c).toMatchObject({ port: 4000, env: 'development', adminName: 'Administrator', trustProxy: 'loopback', seedDemo: false });
    expect(c.mailFrom).toBe('Roster <no-reply@roster.local>');
  });

  it('refuses to start in production without SECRET_KEY, and never echoes it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('SECRET_KEY is required in production');
    expect(() => loadConfig({ SECRET_KEY: 'short-secret' })).toThrow(/^SECRET_KEY must be at least 32 characters \(e.g. openssl/);
    expect(loadConfig({}).secretKey).toBe(INSECURE_DEVELOPMENT_SECRET_KEY);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'mariadb://u:p@db:3306/roster',
      ADMIN_EMAIL: 'a@b.co',
      ADMIN_PASSWORD: 'long enough pw',
      ADMIN_NAME: '  Ada Admin ',
      LICENSE_SEATS: '30',
      LICENSE_LIGHT_SEATS: '100',
      LICENSE_EDITION: 'on-premise',
      SMTP_URL: 'smtps://mail:465',
      MAIL_FROM: 'Desk <d@b.co>',
      PUBLIC_URL: 'https://help.example.com/',
      SESSION_TTL_HOURS: '1',
      INVITATION_TTL_DAYS: '2',
      TEMPORARY_PASSWORD_TTL_DAYS: '3',
      PASSWORD_RESET_TTL_MINUTES: '30',
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3',
      LOGIN_MAX_ATTEMPTS_PER_IP: '4',
      LOGIN_WINDOW_MINUTES: '5',
      OUTBOX_POLL_MS: '0',
      MAIL_CONCURRENCY: '2',
      IMPORT_POLL_MS: '500',
      IMPORT_LEASE_MS: '5000',
      IMPORT_DIR: '/srv/imports',
      AUDIT_RETENTION_DAYS: '90',
      AUDIT_PRUNE_POLL_MS: '60000',
      FILES_DIR: '/srv/files',
      WEB_DIST: '/srv/web',
      TRUST_PROXY: '1',
      SEED_DEMO: 'true',
      GRAPHQL_FAST_PATH: '0',
      SECRET_KEY: 'k'.repeat(40),
    });
    expect(c).toEqual({
      env: 'production',
      port: 8080,
      db: { type: 'mysql', url: 'mysql://u:p@db:3306/roster' },
      adminEmail: 'a@b.co',
      adminPassword: 'long enough pw',
      adminName: 'Ada Admin',
      licenseSeats: 30,
      licenseLightSeats: 100,
      licenseEdition: 'on-premise',
      smtpUrl: 'smtps://mail:465',
      mailFrom: 'Desk <d@b.co>',
      publicUrl: 'https://help.example.com',
      sessionTtlHours: 1,
      invitationTtlDays: 2,
      temporaryPasswordTtlDays: 3,
      passwordResetTtlMinutes: 30,
      loginMaxAttemptsPerAccount: 3,
      loginMaxAttemptsPerIp: 4,
      loginWindowMinutes: 5,
      outboxPollMs: 0,
      mailConcurrency: 2,
      importPollMs: 500,
      importLeaseMs: 5000,
      importDir: '/srv/imports',
      auditRetentionDays: 90,
      auditPrunePollMs: 60000,
      filesDir: '/srv/files',
      webDist: '/srv/web',
      dataDir: expect.any(String),
      trustProxy: 1,
      secureCookies: true,
      seedDemo: true,
      fastPath: false,
      secretKey: 'k'.repeat(40),
    });
    expect(loadConfig({}).fastPath).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toBe('10.0.0.0/8');
    expect(loadConfig({ PUBLIC_URL: 'https://x.example' }).secureCookies).toBe(true);
    expect(loadConfig({ WEB_DIST: '' }).webDist).toBe('');
  });

  it('names the variable and the bad value, never a secret', () => {
    const message = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(message({ PORT: 'abc' })).toBe('PORT must be an integer >= 0 (got "abc")');
    expect(message({ PORT: '70000' })).toBe('PORT must be at most 65535 (got "70000")');
    expect(message({ LICENSE_SEATS: '0' })).toBe('LICENSE_SEATS must be an integer >= 1 (got "0")');
    expect(message({ AUDIT_RETENTION_DAYS: '0' })).toBe('AUDIT_RETENTION_DAYS must be an integer >= 1 (got "0")');
    expect(message({ NODE_ENV: 'prod' })).toBe('NODE_ENV must be production, development or test (got "prod")');
    expect(message({ LICENSE_EDITION: 'enterprise' })).toBe('LICENSE_EDITION must be cloud or on-premise (got "enterprise")');
    expect(message({ SEED_DEMO: 'yes' })).toBe('SEED_DEMO must be 1 or 0 (true or false) (got "yes")');
    expect(message({ ADMIN_NAME: 'x'.repeat(201) })).toMatch(/^ADMIN_NAME must be at most 200 characters/);
    expect(message({ ADMIN_PASSWORD: 'secret-value' })).toBe('ADMIN_PASSWORD and ADMIN_EMAIL must be set together');
    expect(message({ SMTP_URL: 'http://user:secret@x' })).toBe('SMTP_URL must look like smtp://host:port');
    expect(message({ DATABASE_URL: 'postgres://u:secret@x/db' })).toBe(
      'DATABASE_URL must start with sqlite: or mysql:// (got an unsupported scheme)',
    );
    expect(message({ MAIL_CONCURRENCY: '0' })).toBe('MAIL_CONCURRENCY must be an integer >= 1 (got "0")');
    expect(message({ MAIL_CONCURRENCY: '17' })).toBe('MAIL_CONCURRENCY must be at most 16 (got "17")');
    expect(message({ DATABASE_URL: 'sqlite:' })).toMatch(/^DATABASE_URL "sqlite:" needs a file path/);
    // Every problem at once, so that one start shows them all.
    expect(message({ PORT: 'x', OUTBOX_POLL_MS: '-1' })).toBe(
      'PORT must be an integer >= 0 (got "x"); OUTBOX_POLL_MS must be an integer >= 0 (got "-1")',
    );
  });
});
