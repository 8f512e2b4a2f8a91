import { UserCustomFieldType as T } from './custom-field.entity';
import { canonicalDate, canonicalNumber, normaliseValue } from './custom-field.rules';

describe('custom field values', () => {
  it('writes numbers as canonical decimals and refuses what is not one', () => {
    const cases: [string, string | null][] = [
      ['42', '42'],
      ['+007.50', '7.5'],
      ['-0.000', '0'],
      ['-.5', '-0.5'],
      ['3.', '3'],
      ['123456789012345.123456', '123456789012345.123456'],
      ['1234567890123456', null],
      ['1.1234567', null],
      ['1e5', null],
      ['1,5', null],
      ['0x10', null],
      ['Infinity', null],
      ['--1', null],
    ];
    for (const [raw, want] of cases) expect({ raw, got: canonicalNumber(raw) }).toEqual({ raw, got: want });
  });

  it('accepts only real calendar days as YYYY-MM-DD', () => {
    expect(canonicalDate('2028-02-29')).toBe('2028-02-29');
    for (const raw of ['2027-02-29', '2027-13-01', '2027-1-01', '0999-01-01', '2027-01-01T00:00', '01/02/2027'])
      expect(canonicalDate(raw)).toBeNull();
  });

  it('normalises each type, clears on blank, and names the problem', () => {
    const dropdown = { type: T.DROPDOWN, options: ['Gold', 'Silver'] };
    expect(normaliseValue(dropdown, ' silver ')).toEqual({ value: 'Silver' });
    expect(normaliseValue(dropdown, 'Bronze')).toEqual({ problem: "must be one of the field's options (Gold, Silver)" });
    expect(normaliseValue({ type: T.CHECKBOX, options: [] }, 'Yes')).toEqual({ value: 'true' });
    expect(normaliseValue({ type: T.CHECKBOX, options: [] }, '0')).toEqual({ value: 'false' });
    expect(normaliseValue({ type: T.TEXT, options: [] }, '  ')).toEqual({ value: null });
    expect(normaliseValue({ type: T.DATE, options: [] }, null)).toEqual({ value: null });
    expect(normaliseValue({ type: T.TEXT, options: [] }, 'x'.repeat(2001))).toEqual({ problem: 'must be at most 2000 characters' });
  });
});
