import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { SET_PASSWORD_WITH_TOKEN_MUTATION } from '../auth.graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AuthCard } from '../components/auth-card';
import { InvalidLinkCard } from '../components/invalid-link-card';
import { PasswordForm, type PasswordFormValues } from '../components/password-form';
import { useStartSession } from '../use-start-session';

function InvalidLink() {
  return (
    <InvalidLinkCard
      title="Password link not valid"
      message="This link is invalid, has already been used, or has expired."
      hint="Links work once and expire. If you have already chosen a password, sign in."
      action={{ to: '/forgot-password', label: 'Get a new link' }}
    />
  );
}

/** Public page that welcome emails of imported agents and password reset emails link to: choose a password, then signed in. */
export function SetPasswordPage() {
  useDocumentTitle('Choose your password');
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const startSession = useStartSession();
  const [setPasswordWithToken, { loading }] = useMutation(SET_PASSWORD_WITH_TOKEN_MUTATION);
  const [done, setDone] = useState(false);
  const [tokenRejected, setTokenRejected] = useState(false);

  if (!token || tokenRejected) return <InvalidLink />;

  async function submit({ password }: PasswordFormValues) {
    const { data } = await setPasswordWithToken({ variables: { token, password } });
    if (!data) throw new Error('The server sent no data for setPasswordWithToken');
    setDone(true);
    await startSession(`Welcome to Roster, ${data.setPasswordWithToken.agent.name}. Your password is set.`);
  }

  return (
    <AuthCard title="Choose your password" intro="Choose the password you will sign in with.">
      <PasswordForm
        submitLabel="Set password"
        busyLabel="Saving…"
        busy={loading || done}
        onSubmit={submit}
        onError={(error) => {
          // The API refused the link's token: the page says the link is not valid.
          if (!error.fields.token) return false;
          setTokenRejected(true);
          return true;
        }}
      />
    </AuthCard>
  );
}
