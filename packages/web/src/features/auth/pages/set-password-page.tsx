import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { SET_PASSWORD_WITH_TOKEN_MUTATION } from '../auth.graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AuthCard } from '../components/auth-card';
import { InvalidLinkCard } from '../components/invalid-link-card';
import { PasswordForm, type PasswordFormValues } from '../components/password-form';
import { useStartSession } from '../use-start-session';

function InvalidLink() {
  const { t } = useTranslation('auth');
  return (
    <InvalidLinkCard
      title={t('setPassword.invalidTitle')}
      message={t('setPassword.invalidMessage')}
      hint={t('setPassword.invalidHint')}
      action={{ to: '/forgot-password', label: t('setPassword.newLink') }}
    />
  );
}

/** Public page that welcome emails of imported agents and password reset emails link to: choose a password, then signed in. */
export function SetPasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  useDocumentTitle(t('setPassword.title'));
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
    await startSession(t('setPassword.welcome', { name: data.setPasswordWithToken.agent.name }));
  }

  return (
    <AuthCard title={t('setPassword.title')} intro={t('setPassword.intro')}>
      <PasswordForm
        submitLabel={t('setPassword.submit')}
        busyLabel={t('common:saving')}
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
