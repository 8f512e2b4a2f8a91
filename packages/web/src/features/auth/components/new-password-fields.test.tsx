import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, useWatch } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { NEW_PASSWORD_HINT, type NewPasswordFieldSet } from '../new-password';
import { NewPasswordFields } from './new-password-fields';

const FIELDS: NewPasswordFieldSet = {
  password: { name: 'password', label: 'Password' },
  confirmation: { name: 'confirmation', label: 'Confirm password' },
};

function Form({ errors }: { errors?: Record<string, string> }) {
  const { register, control } = useForm<Record<string, string>>({ defaultValues: { password: '', confirmation: '' } });
  const [password, confirmation] = useWatch({ control, name: ['password', 'confirmation'] });
  return (
    <form aria-label="set password">
      <NewPasswordFields fields={FIELDS} register={register} errors={errors} />
      <output>{`${password}|${confirmation}`}</output>
    </form>
  );
}

describe('NewPasswordFields', () => {
  it('renders two required new-password inputs, the first with the length hint', () => {
    render(<Form />);
    const password = screen.getByLabelText('Password');
    const confirmation = screen.getByLabelText('Confirm password');
    for (const input of [password, confirmation]) {
      expect(input).toHaveAttribute('type', 'password');
      expect(input).toHaveAttribute('autocomplete', 'new-password');
      expect(input).toBeRequired();
    }
    expect(password).toHaveAttribute('name', 'password');
    expect(confirmation).toHaveAttribute('name', 'confirmation');
    expect(password).toHaveAccessibleDescription(NEW_PASSWORD_HINT);
    expect(confirmation).not.toHaveAccessibleDescription();
  });

  it('registers each input as its own form field', async () => {
    render(<Form />);
    await userEvent.type(screen.getByLabelText('Password'), 'first-secret');
    await userEvent.type(screen.getByLabelText('Confirm password'), 'second');
    expect(screen.getByRole('status')).toHaveTextContent('first-secret|second');
  });

  it('shows a field error under the input it names', () => {
    render(<Form errors={{ confirmation: 'does not match the password', email: 'ignored' }} />);
    const confirmation = screen.getByLabelText('Confirm password');
    expect(confirmation).toHaveAttribute('aria-invalid', 'true');
    expect(confirmation).toHaveAccessibleDescription('Confirm password does not match the password');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/ignored/)).not.toBeInTheDocument();
  });
});
