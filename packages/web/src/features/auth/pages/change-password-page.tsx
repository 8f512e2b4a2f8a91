import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { CHANGE_PASSWORD_MUTATION } from '../auth.graphql';
import { useViewer } from '../viewer-context';
import { InputField } from '../../../components/input-field';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PasswordForm, type PasswordFormValues } from '../components/password-form';
import type { NewPasswordFieldSet } from '../new-password';

const NEW_PASSWORD: NewPasswordFieldSet = {
  password: { name: 'newPassword', label: 'New password' },
  confirmation: { name: 'confirmation', label: 'Confirm new password' },
};

const LABELS = { currentPassword: 'Current password' };

export function ChangePasswordPage() {
  useDocumentTitle('Change password');
  const viewer = useViewer();
  const navigate = useNavigate();
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);
  async function submit({ currentPassword, newPassword }: PasswordFormValues) {
    // The returned Agent updates the cached viewer, which lifts the mustChangePassword guard.
    await changePassword({ variables: { currentPassword, newPassword } });
    navigate('/', { replace: true, state: { notice: 'Your password has been changed.' } });
  }

  return (
    <section className="page page-narrow" aria-labelledby="change-password-title">
      <h1 id="change-password-title">Change password</h1>
      {viewer.mustChangePassword ? (
        <p className="alert alert-info">Your account was set up with a temporary password. Choose a new password to continue.</p>
      ) : (
        <p className="page-intro">Enter your current password, then your new one twice.</p>
      )}
      <PasswordForm
        fields={NEW_PASSWORD}
        labels={LABELS}
        currentPasswordField="currentPassword"
        submitLabel="Change password"
        busyLabel="Saving…"
        busy={loading}
        block={false}
        onSubmit={submit}
      >
        {({ register, errors }) => (
          <InputField
            label={LABELS.currentPassword}
            type="password"
            autoComplete="current-password"
            required
            error={errors?.currentPassword}
            {...register('currentPassword')}
          />
        )}
      </PasswordForm>
    </section>
  );
}
