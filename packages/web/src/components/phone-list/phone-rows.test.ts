import { describe, expect, it } from 'vitest';
import { defaultCountry, phoneCountryOptions, phoneRowErrors, toPhoneInput, toPhoneRows } from './phone-rows';

const STORED = [{ label: 'MOBILE', number: '+447911123456', country: 'GB', isValid: true }] as const;

describe('phone rows', () => {
  it('reads API phones into rows (national number, its country) and back into input; blank rows are not sent', () => {
    const rows = toPhoneRows([...STORED, { label: 'SMS', number: '555.123.4567', country: null, isValid: false }]);
    expect(rows.map(({ label, country, number }) => ({ label, country, number }))).toEqual([
      { label: 'MOBILE', country: 'GB', number: '07911 123456' },
      { label: 'SMS', country: '', number: '555.123.4567' },
    ]);
    expect(toPhoneInput([...rows, { key: 'x', label: 'WORK', country: 'US', number: '  ' }])).toEqual([
      { label: 'MOBILE', country: 'GB', number: '07911 123456' },
      { label: 'SMS', country: null, number: '555.123.4567' },
    ]);
  });

  it('lists every region once by name with its calling code, and picks a default from the language', () => {
    const options = phoneCountryOptions();
    expect(options.length).toBeGreaterThan(240);
    expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
    expect(options.find((o) => o.code === 'GB')?.text).toBe('United Kingdom +44');
    expect([defaultCountry('en-GB'), defaultCountry('de'), defaultCountry('pt-BR')]).toEqual(['GB', 'US', 'BR']);
    expect(phoneRowErrors({ 'input.phones.1.number': 'bad', 'input.phones': 'x', 'input.name': 'y' }, 'input.phones')).toEqual({
      1: { number: 'bad' },
    });
  });
});
