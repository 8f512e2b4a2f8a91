import { PASSWORD_MIN_LENGTH, passwordProblem } from '@roster/shared';
import { fieldSentence, type DisplayError } from '../../lib/errors';

/** One input of a new-password pair: its form field name and its label. */
export interface NewPasswordField {
  name: string;
  label: string;
}

/** The new password and its confirmation, as one form names and labels them. */
export interface NewPasswordFieldSet {
  password: NewPasswordField;
  confirmation: NewPasswordField;
}

export interface NewPasswordValues {
  password: string;
  confirmation: string;
  /** When changing a password: the new one must differ from this one. */
  currentPassword?: string;
}

/** The hint under a new-password input. */
/** The password + confirmation pair of the pages where someone without a password chooses one. */
export const CHOOSE_PASSWORD_FIELDS: NewPasswordFieldSet = {
  password: { name: 'password', label: 'Password' },
  confirmation: { name: 'confirmation', label: 'Confirm password' },
};

export const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters.`;

function fieldError(field: NewPasswordField, fragment: string): DisplayError {
  return { code: 'BAD_USER_INPUT', message: fieldSentence(field.label, fragment), fields: { [field.name]: fragment } };
}

/**
 * The first problem with a new password and its confirmation, as a field error of the form,
 * or null when there is none. The server checks the password again; checking here only saves
 * a round trip. The mismatch error names the password by its label ("does not match the new
 * password").
 */
export function newPasswordError(fields: NewPasswordFieldSet, values: NewPasswordValues): DisplayError | null {
  const problem = passwordProblem(values.password);
  if (problem) return fieldError(fields.password, problem);
  if (values.currentPassword !== undefined && values.password === values.currentPassword) {
    return fieldError(fields.password, 'must differ from the current password');
  }
  if (values.password !== values.confirmation) {
    return fieldError(fields.confirmation, `does not match the ${fields.password.label.toLowerCase()}`);
  }
  return null;
}
