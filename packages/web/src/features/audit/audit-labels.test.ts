import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n';
import { actionLabel, auditCsvUrl, auditFieldLabel, toAuditFilter } from './audit-labels';

describe('audit labels and filters', () => {
  it('names actions in words', () => {
    expect(actionLabel('team.created')).toBe('Team created');
    expect(actionLabel('auth.sign_in')).toBe('Sign in');
    expect(actionLabel('permission_group.updated')).toBe('Permission group updated');
  });

  it('turns whole local days into the API filter and leaves out what is unset or malformed', () => {
    const f = toAuditFilter({ actor: '7', action: 'auth.', targetType: null, from: '2026-12-01', to: '2026-12-02' });
    expect(f).toMatchObject({ actor: '7', action: 'auth.' });
    expect('targetType' in f).toBe(false);
    expect(new Date(f.from as string).getTime()).toBe(new Date('2026-12-01T00:00:00').getTime());
    expect(new Date(f.to as string).getTime()).toBe(new Date('2026-12-02T23:59:59.999').getTime());
    expect(toAuditFilter({ actor: null, action: null, targetType: null, from: 'yesterday', to: null })).toEqual({});
  });

  it('exports with the same filter as query parameters', () => {
    expect(auditCsvUrl({})).toBe('/exports/audit.csv');
    expect(auditCsvUrl({ targetType: 'TEAM', action: 'team.' })).toBe('/exports/audit.csv?targetType=TEAM&action=team.');
  });

  it("names changed fields as the record's own change log does, in German too", async () => {
    expect(auditFieldLabel('AGENT', 'isAdmin')).toBe('Administrator access');
    expect(auditFieldLabel('AGENT', 'permissionGroups')).toBe('Permission groups');
    await setLanguage('de');
    try {
      expect(auditFieldLabel('AGENT', 'isAdmin')).toBe('Administratorzugriff');
      expect(auditFieldLabel('AGENT', 'permissionGroups')).toBe('Berechtigungsgruppen');
      expect(auditFieldLabel('USER', 'primaryEmail')).not.toBe('primaryEmail');
    } finally {
      await setLanguage('en');
    }
  });
});
