import { describe, expect, it } from 'vitest';
import { userFieldLabel } from './change-log-labels';

describe('userFieldLabel', () => {
  it('words known keys and splits unknown ones at their capitals', () => {
    expect(userFieldLabel('primaryEmail')).toBe('Primary email');
    expect(userFieldLabel('summary')).toBe('Summary');
    // Contact fields read as the contact editor labels them.
    expect(userFieldLabel('address')).toBe('Mailing address');
    expect(userFieldLabel('im')).toBe('Instant messaging');
    expect(userFieldLabel('someNewField')).toBe('Some new field');
    expect(userFieldLabel('custom:Renewal date')).toBe('Renewal date');
  });
});
