import { ConfigError, loadConfig, parseDatabaseUrl } from './config';

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
