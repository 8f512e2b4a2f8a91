import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../lib/format';
import { changeValueText, EMPTY_VALUE, formatChangeValue } from './change-log-value';

describe('formatChangeValue', () => {
  it('shows booleans as Yes/No and empty as empty', () => {
    expect(formatChangeValue('mustChangePassword', 'true')).toBe('Yes');
    expect(formatChangeValue('isAutoResponder', 'false')).toBe('No');
    expect(formatChangeValue('mustChangePassword', null)).toBeNull();
    expect(formatChangeValue('summary', '')).toBeNull();
    expect(changeValueText('mustChangePassword', null)).toBe(EMPTY_VALUE);
  });

  it('names languages and time zones as the editors do', () => {
    expect(formatChangeValue('language', 'de')).toBe('German (de)');
    expect(formatChangeValue('crm.language', 'pt-BR')).toBe('Brazilian Portuguese (pt-BR)');
    expect(formatChangeValue('language', 'haw')).toBe('Hawaiian (haw)');
    expect(formatChangeValue('timezone', 'UTC')).toBe('UTC (UTC+00:00)');
    expect(formatChangeValue('timezone', 'Asia/Kolkata')).toBe('Asia/Kolkata (UTC+05:30)');
    expect(formatChangeValue('timezone', 'Not/AZone')).toBe('Not/AZone');
  });

  it('formats dates like the rest of the app, whatever the browser zone', () => {
    expect(formatChangeValue('custom:Renewal', '2027-03-31')).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2027, 2, 31)),
    );
    expect(formatChangeValue('resent', '2026-01-08T09:00:00.000Z')).toBe(formatDateTime('2026-01-08T09:00:00.000Z'));
  });

  it('words enums where the field is one, and leaves other values as they are', () => {
    expect(formatChangeValue('status', 'DISABLED')).toBe('Disabled');
    expect(formatChangeValue('access', 'FULL')).toBe('Full');
    expect(formatChangeValue('name', 'FULL')).toBe('FULL');
    expect(formatChangeValue('name', 'Truett')).toBe('Truett');
    expect(formatChangeValue('phone', '+1 555 0100')).toBe('+1 555 0100');
    expect(formatChangeValue('tags', '["a","b"]')).toBe('a, b');
    expect(formatChangeValue('summary', '[not json')).toBe('[not json');
  });
});
