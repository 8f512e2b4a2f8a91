import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { CHANGE_PASSWORD_MUTATION } from '../auth.graphql';
import { useViewer } from '../viewer-context';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { TextField } from '../../../components/text-field';
import { FormAlert } from '../../../components/form-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '@roster/shared';

const LABELS = {
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmation: 'Confirm new password',
};

function localError(field: keyof typeof LABELS, fragment: string): DisplayError {
  return { code: 'BAD_USER_INPUT', message: `${LABELS[field]} ${fragment}`, fields: { [field]: fragment } };
}

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
    // The server checks all of this again; checking here only saves a round trip.
    const problem = passwordProblem(newPassword);
    if (problem) return setError(localError('newPassword', problem));
    if (newPassword === currentPassword) {
      return setError(localError('newPassword', 'must differ from the current password'));
    }
    if (newPassword !== confirmation) {
      return setError(localError('confirmation', 'does not match the new password'));
    }
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
        <p className="alert alert-info">
          Your account was set up with a temporary password. Choose a new password to continue.
        </p>
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
        <TextField
          label={LABELS.newPassword}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          value={newPassword}
          onChange={setNewPassword}
          error={error?.fields.newPassword}
        />
        <TextField
          label={LABELS.confirmation}
          type="password"
          name="confirmation"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={setConfirmation}
          error={error?.fields.confirmation}
        />
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Saving…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}
