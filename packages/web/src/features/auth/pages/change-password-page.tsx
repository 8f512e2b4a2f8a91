import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { CHANGE_PASSWORD_MUTATION } from '../auth.graphql';
import { useViewer } from '../viewer-context';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { TextField } from '../../../components/text-field';
import { FormAlert } from '../../../components/form-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { NewPasswordFields } from '../components/new-password-fields';
import { newPasswordError, type NewPasswordFieldSet } from '../new-password';

const NEW_PASSWORD: NewPasswordFieldSet = {
  password: { name: 'newPassword', label: 'New password' },
  confirmation: { name: 'confirmation', label: 'Confirm new password' },
};

const LABELS = {
  currentPassword: 'Current password',
  newPassword: NEW_PASSWORD.password.label,
  confirmation: NEW_PASSWORD.confirmation.label,
};

export function ChangePasswordPage() {
  useDocumentTitle('Change password');
  const viewer = useViewer();
  const navigate = useNavigate();
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<DisplayError | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = newPasswordError(NEW_PASSWORD, { password: newPassword, confirmation, currentPassword });
    if (problem) return setError(problem);
    setError(null);
    try {
      // The returned Agent updates the cached viewer, which lifts the mustChangePassword guard.
      await changePassword({ variables: { currentPassword, newPassword } });
      navigate('/', { replace: true, state: { notice: 'Your password has been changed.' } });
    } catch (caught) {
      setError(toDisplayError(caught));
    }
  }

  return (
    <section className="page page-narrow" aria-labelledby="change-password-title">
      <h1 id="change-password-title">Change password</h1>
      {viewer.mustChangePassword ? (
        <p className="alert alert-info">Your account was set up with a temporary password. Choose a new password to continue.</p>
      ) : (
        <p className="page-intro">Enter your current password, then your new one twice.</p>
      )}
      <form onSubmit={handleSubmit} className="form">
        <FormAlert error={error} labels={LABELS} />
        <TextField
          label={LABELS.currentPassword}
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={setCurrentPassword}
          error={error?.fields.currentPassword}
        />
        <NewPasswordFields
          fields={NEW_PASSWORD}
          password={newPassword}
          onPasswordChange={setNewPassword}
          confirmation={confirmation}
          onConfirmationChange={setConfirmation}
          errors={error?.fields}
        />
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Saving…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}
