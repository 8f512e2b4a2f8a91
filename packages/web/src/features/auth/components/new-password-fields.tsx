import type { UseFormRegister } from 'react-hook-form';
import { InputField } from '../../../components/input-field';
import { newPasswordHint, type NewPasswordFieldSet } from '../new-password';

interface NewPasswordFieldsProps {
  fields: NewPasswordFieldSet;
  /** The form's react-hook-form `register`: the two inputs are its fields `fields.password.name` and `fields.confirmation.name`. */
  register: UseFormRegister<Record<string, string>>;
  /** The form's field errors by field name (`DisplayError.fields`). */
  errors?: Record<string, string>;
}

/** The "new password" and "confirm" inputs of a form that sets a password. */
export function NewPasswordFields({ fields, register, errors }: NewPasswordFieldsProps) {
  return (
    <>
      <InputField
        label={fields.password.label}
        type="password"
        autoComplete="new-password"
        required
        hint={newPasswordHint()}
        error={errors?.[fields.password.name]}
        {...register(fields.password.name)}
      />
      <InputField
        label={fields.confirmation.label}
        type="password"
        autoComplete="new-password"
        required
        error={errors?.[fields.confirmation.name]}
        {...register(fields.confirmation.name)}
      />
    </>
  );
}
