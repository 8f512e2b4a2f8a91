import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { ACCEPT_INVITATION_MUTATION, VIEWER_QUERY } from '../auth.graphql';
import { TextField } from '../../../components/text-field';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AuthCard } from '../components/auth-card';
import { InvalidLinkCard } from '../components/invalid-link-card';
import { PasswordForm } from '../components/password-form';
import { useStartSession } from '../use-start-session';

const LABELS = { name: 'Name' };

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
  const startSession = useStartSession();
  const [accept, { loading }] = useMutation(ACCEPT_INVITATION_MUTATION);
  const [accepted, setAccepted] = useState(false);
  // Someone may open the link in a browser where another agent is signed in: say so.
  // Signed-out visitors get UNAUTHENTICATED here, which simply means no note.
  const { data: signedIn } = useQuery(VIEWER_QUERY, token && !accepted ? {} : skipToken);
  const [name, setName] = useState('');
  const [tokenRejected, setTokenRejected] = useState(false);

  if (!token || tokenRejected) return <InvalidInvitation />;

  async function submit(password: string) {
    const { data } = await accept({ variables: { token, name: name.trim() || null, password } });
    if (!data) throw new Error('The server sent no data for acceptInvitation');
    setAccepted(true);
    await startSession(`Welcome to Roster, ${data.acceptInvitation.agent.name}. Your account is ready.`);
  }

  return (
    <AuthCard title="Accept your invitation" intro="Choose how your name appears and a password to finish setting up your agent account.">
      {signedIn && (
        <p className="alert alert-info" role="note">
          You are signed in as {signedIn.viewer.name} ({signedIn.viewer.email}). Accepting this invitation signs you in with the new account
          instead.
        </p>
      )}
      <PasswordForm
        labels={LABELS}
        submitLabel="Accept invitation"
        busyLabel="Creating your account…"
        busy={loading || accepted}
        onSubmit={submit}
        onError={(error) => {
          // The API refused the link's token: the page says the link is not valid.
          if (!error.fields.token) return false;
          setTokenRejected(true);
          return true;
        }}
      >
        {(errors) => (
          <TextField
            label={LABELS.name}
            name="name"
            autoComplete="name"
            maxLength={200}
            placeholder="Optional: as in your invitation"
            hint="Leave empty to use the name in your invitation."
            value={name}
            onChange={setName}
            error={errors?.name}
          />
        )}
      </PasswordForm>
      <p className="auth-footer">
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthCard>
  );
}
