import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@roster/shared';
import { i18n } from '../../i18n';
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
/** A new password and its confirmation, labelled in the current language. */
export const choosePasswordFields = (): NewPasswordFieldSet => ({
  password: { name: 'password', label: i18n.t('auth:fields.password') },
  confirmation: { name: 'confirmation', label: i18n.t('auth:fields.confirmPassword') },
});

/** The change-password page's pair. */
export const changePasswordFields = (): NewPasswordFieldSet => ({
  password: { name: 'newPassword', label: i18n.t('auth:fields.newPassword') },
  confirmation: { name: 'confirmation', label: i18n.t('auth:fields.confirmNewPassword') },
});

export const newPasswordHint = () => i18n.t('auth:newPassword.hint', { count: PASSWORD_MIN_LENGTH });
/** The hint in English (the language the SPA starts in). */
export const NEW_PASSWORD_HINT = newPasswordHint();

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
  if (problem) {
    const tooLong = values.password.length >= PASSWORD_MIN_LENGTH;
    return fieldError(
      fields.password,
      i18n.language === 'en'
        ? problem
        : i18n.t(tooLong ? 'auth:newPassword.tooLong' : 'auth:newPassword.tooShort', {
            count: tooLong ? PASSWORD_MAX_LENGTH : PASSWORD_MIN_LENGTH,
          }),
    );
  }
  if (values.currentPassword !== undefined && values.password === values.currentPassword) {
    return fieldError(fields.password, i18n.t('auth:newPassword.mustDiffer'));
  }
  if (values.password !== values.confirmation) {
    return fieldError(
      fields.confirmation,
      i18n.t('auth:newPassword.mismatch', { label: i18n.language === 'en' ? fields.password.label.toLowerCase() : fields.password.label }),
    );
  }
  return null;
}
