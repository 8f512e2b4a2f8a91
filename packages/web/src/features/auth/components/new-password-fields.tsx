import { TextField } from '../../../components/text-field';
import { NEW_PASSWORD_HINT, type NewPasswordFieldSet } from '../new-password';

interface NewPasswordFieldsProps {
  fields: NewPasswordFieldSet;
  password: string;
  onPasswordChange: (value: string) => void;
  confirmation: string;
  onConfirmationChange: (value: string) => void;
  /** The form's field errors by field name (`DisplayError.fields`). */
  errors?: Record<string, string>;
}

/** The "new password" and "confirm" inputs of a form that sets a password. */
export function NewPasswordFields({
  fields,
  password,
  onPasswordChange,
  confirmation,
  onConfirmationChange,
  errors,
}: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label={fields.password.label}
        type="password"
        name={fields.password.name}
        autoComplete="new-password"
        required
        hint={NEW_PASSWORD_HINT}
        value={password}
        onChange={onPasswordChange}
        error={errors?.[fields.password.name]}
      />
      <TextField
        label={fields.confirmation.label}
        type="password"
        name={fields.confirmation.name}
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={onConfirmationChange}
        error={errors?.[fields.confirmation.name]}
      />
    </>
  );
}
