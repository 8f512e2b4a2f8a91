import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@roster/shared';
import { describe, expect, it } from 'vitest';
import { NEW_PASSWORD_HINT, newPasswordError, type NewPasswordFieldSet } from './new-password';

const FIELDS: NewPasswordFieldSet = {
  password: { name: 'newPassword', label: 'New password' },
  confirmation: { name: 'confirmation', label: 'Confirm new password' },
};
const GOOD = 'a-long-enough-passphrase';

describe('newPasswordError', () => {
  it('accepts a long enough password that matches its confirmation', () => {
    expect(newPasswordError(FIELDS, { password: GOOD, confirmation: GOOD })).toBeNull();
    expect(newPasswordError(FIELDS, { password: GOOD, confirmation: GOOD, currentPassword: 'the-old-one-123' })).toBeNull();
  });

  it('reports a short password on the password field, before the confirmation', () => {
    const short = 'x'.repeat(PASSWORD_MIN_LENGTH - 1);
    expect(newPasswordError(FIELDS, { password: short, confirmation: 'different' })).toEqual({
      code: 'BAD_USER_INPUT',
      message: `New password must be at least ${PASSWORD_MIN_LENGTH} characters`,
      fields: { newPassword: `must be at least ${PASSWORD_MIN_LENGTH} characters` },
    });
    expect(
      newPasswordError(FIELDS, { password: 'x'.repeat(PASSWORD_MIN_LENGTH), confirmation: 'x'.repeat(PASSWORD_MIN_LENGTH) }),
    ).toBeNull();
  });

  it('reports a password over the maximum length', () => {
    const long = 'x'.repeat(PASSWORD_MAX_LENGTH + 1);
    expect(newPasswordError(FIELDS, { password: long, confirmation: long })?.fields).toEqual({
      newPassword: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
    });
  });

  it('refuses the current password as the new one', () => {
    expect(newPasswordError(FIELDS, { password: GOOD, confirmation: GOOD, currentPassword: GOOD })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'New password must differ from the current password',
      fields: { newPassword: 'must differ from the current password' },
    });
  });

  it('reports a mismatch on the confirmation field, naming the password by its label', () => {
    expect(newPasswordError(FIELDS, { password: GOOD, confirmation: `${GOOD}x` })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Confirm new password does not match the new password',
      fields: { confirmation: 'does not match the new password' },
    });
  });
});

it('the hint states the minimum length', () => {
  expect(NEW_PASSWORD_HINT).toBe(`At least ${PASSWORD_MIN_LENGTH} characters.`);
});
