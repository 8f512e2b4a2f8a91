import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { SET_PASSWORD_WITH_TOKEN_MUTATION, VIEWER_QUERY } from '../auth.graphql';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { FormAlert } from '../../../components/form-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AuthCard } from '../components/auth-card';
import { InvalidLinkCard } from '../components/invalid-link-card';
import { NewPasswordFields } from '../components/new-password-fields';
import { CHOOSE_PASSWORD_FIELDS, newPasswordError } from '../new-password';

const NEW_PASSWORD = CHOOSE_PASSWORD_FIELDS;
const LABELS = { password: NEW_PASSWORD.password.label, confirmation: NEW_PASSWORD.confirmation.label };

function InvalidLink() {
  return (
    <InvalidLinkCard
      title="Password link not valid"
      message="This link is invalid, has already been used, or has expired."
      hint="Ask an administrator to send you a new one. If you have already chosen a password, sign in."
    />
  );
}

/** Public page the welcome email of an imported agent links to: choose a password, then signed in. */
export function SetPasswordPage() {
  useDocumentTitle('Choose your password');
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const client = useApolloClient();
  const navigate = useNavigate();
  const [setPasswordWithToken, { loading }] = useMutation(SET_PASSWORD_WITH_TOKEN_MUTATION);
  const [done, setDone] = useState(false);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<DisplayError | null>(null);
  const [tokenRejected, setTokenRejected] = useState(false);

  if (!token || tokenRejected) return <InvalidLink />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = newPasswordError(NEW_PASSWORD, { password, confirmation });
    if (problem) return setError(problem);
    setError(null);
    try {
      const { data } = await setPasswordWithToken({ variables: { token, password } });
      if (!data) throw new Error('The server sent no data for setPasswordWithToken');
      setDone(true);
      await client.clearStore();
      await client.query({ query: VIEWER_QUERY, fetchPolicy: 'network-only' });
      navigate('/', {
        replace: true,
        state: { notice: `Welcome to Roster, ${data.setPasswordWithToken.agent.name}. Your password is set.` },
      });
    } catch (caught) {
      const display = toDisplayError(caught);
      if (display.fields.token) return setTokenRejected(true);
      setError(display);
    }
  }

  return (
    <AuthCard title="Choose your password" intro="Your agent account is ready: choose a password to sign in with.">
      <form onSubmit={handleSubmit} className="form">
        <FormAlert error={error} labels={LABELS} />
        <NewPasswordFields
          fields={NEW_PASSWORD}
          password={password}
          onPasswordChange={setPassword}
          confirmation={confirmation}
          onConfirmationChange={setConfirmation}
          errors={error?.fields}
        />
        <button type="submit" className="button button-primary button-block" disabled={loading || done}>
          {loading || done ? 'Saving…' : 'Set password'}
        </button>
      </form>
    </AuthCard>
  );
}
