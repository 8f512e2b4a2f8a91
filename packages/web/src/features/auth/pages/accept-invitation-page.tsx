import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ACCEPT_INVITATION_MUTATION, VIEWER_QUERY } from '../auth.graphql';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { TextField } from '../../../components/text-field';
import { FormAlert } from '../../../components/form-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AuthCard } from '../components/auth-card';
import { InvalidLinkCard } from '../components/invalid-link-card';
import { NewPasswordFields } from '../components/new-password-fields';
import { CHOOSE_PASSWORD_FIELDS, newPasswordError } from '../new-password';

const NEW_PASSWORD = CHOOSE_PASSWORD_FIELDS;

const LABELS = {
  name: 'Name',
  password: NEW_PASSWORD.password.label,
  confirmation: NEW_PASSWORD.confirmation.label,
};

/** Shown for a link without a token and when the API rejects the token. */
function InvalidInvitation() {
  return (
    <InvalidLinkCard
      title="Invitation link not valid"
      message="This invitation link is invalid, has already been used, was replaced by a newer invitation, or has expired."
      hint="Ask the person who invited you to send a new invitation. If you have already accepted it, sign in."
    />
  );
}

/**
 * Public page the invitation email links to: the invited person picks a name and a password,
 * and the API creates their agent and signs them in (session cookie) in one call.
 */
export function AcceptInvitationPage() {
  useDocumentTitle('Accept invitation');
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const client = useApolloClient();
  const navigate = useNavigate();
  const [accept, { loading }] = useMutation(ACCEPT_INVITATION_MUTATION);
  const [accepted, setAccepted] = useState(false);
  // Someone may open the link in a browser where another agent is signed in: say so.
  // Signed-out visitors get UNAUTHENTICATED here, which simply means no note.
  const { data: signedIn } = useQuery(VIEWER_QUERY, token && !accepted ? {} : skipToken);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<DisplayError | null>(null);
  const [tokenRejected, setTokenRejected] = useState(false);

  if (!token || tokenRejected) return <InvalidInvitation />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = newPasswordError(NEW_PASSWORD, { password, confirmation });
    if (problem) return setError(problem);
    setError(null);
    try {
      const { data } = await accept({ variables: { token, name: name.trim() || null, password } });
      if (!data) throw new Error('The server sent no data for acceptInvitation');
      setAccepted(true);
      // The API has replaced the session cookie: forget whatever a previous agent could see,
      // then load the new agent as the viewer so the guarded routes render straight away.
      await client.clearStore();
      await client.query({ query: VIEWER_QUERY, fetchPolicy: 'network-only' });
      navigate('/', {
        replace: true,
        state: { notice: `Welcome to Roster, ${data.acceptInvitation.agent.name}. Your account is ready.` },
      });
    } catch (caught) {
      const display = toDisplayError(caught);
      if (display.fields.token) {
        setTokenRejected(true);
        return;
      }
      setError(display);
    }
  }

  return (
    <AuthCard title="Accept your invitation" intro="Choose how your name appears and a password to finish setting up your agent account.">
      {signedIn && (
        <p className="alert alert-info" role="note">
          You are signed in as {signedIn.viewer.name} ({signedIn.viewer.email}). Accepting this invitation signs you in with the new account
          instead.
        </p>
      )}
      <form onSubmit={handleSubmit} className="form">
        <FormAlert error={error} labels={LABELS} />
        <TextField
          label={LABELS.name}
          name="name"
          autoComplete="name"
          maxLength={200}
          placeholder="Optional: as in your invitation"
          hint="Leave empty to use the name in your invitation."
          value={name}
          onChange={setName}
          error={error?.fields.name}
        />
        <NewPasswordFields
          fields={NEW_PASSWORD}
          password={password}
          onPasswordChange={setPassword}
          confirmation={confirmation}
          onConfirmationChange={setConfirmation}
          errors={error?.fields}
        />
        <button type="submit" className="button button-primary button-block" disabled={loading || accepted}>
          {loading || accepted ? 'Creating your account…' : 'Accept invitation'}
        </button>
      </form>
      <p className="auth-footer">
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthCard>
  );
}
