import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { LOGIN_MUTATION, VIEWER_QUERY } from '../auth.graphql';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { TextField } from '../../../components/text-field';
import { FormAlert } from '../../../components/form-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AuthCard } from '../components/auth-card';
import { SecondStepForm } from '../../two-step/second-step-form';
import { PasskeySignIn } from '../../two-step/passkey-sign-in';
import { SsoSignInOptions } from '../../sso/components/sso-sign-in-options';
import type { ViewerFieldsFragment } from '../../../gql/graphql';

/** Where to go after signing in: back to the page that sent us here, never to a loop. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && from !== '/sign-in' ? from : '/';
}

export function SignInPage() {
  const { t } = useTranslation(['auth', 'common']);
  useDocumentTitle(t('signIn.title'));
  const LABELS = { email: t('common:email'), password: t('fields.password') };
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LOGIN_MUTATION);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<DisplayError | null>(null);
  // The password was right and a code is due (also after a reload: RequireViewer sends a pending session here).
  const [secondStep, setSecondStep] = useState(() => !!(location.state as { secondStep?: boolean } | null)?.secondStep);
  const [methods, setMethods] = useState<string[] | null>(null);

  /** The cookie is set; seed the cache so the guarded routes render without a round trip. */
  function enter(agent: ViewerFieldsFragment) {
    client.writeQuery({ query: VIEWER_QUERY, data: { viewer: agent } });
    navigate(returnPath(location.state), { replace: true });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (!data) throw new Error('The server sent no data for login');
      if (data.login.secondFactorRequired) {
        setPassword('');
        setMethods(data.login.secondFactorMethods);
        setSecondStep(true);
      } else enter(data.login.agent);
    } catch (caught) {
      setError(toDisplayError(caught));
      setPassword('');
    }
  }

  if (secondStep) {
    return (
      <AuthCard title={t('signIn.twoStepTitle')} intro={t('signIn.twoStepIntro')}>
        <SecondStepForm methods={methods} onSignedIn={enter} onCancel={() => setSecondStep(false)} />
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('signIn.title')} intro={t('signIn.intro')}>
      <SsoSignInOptions />
      <form onSubmit={handleSubmit} className="form">
        <FormAlert error={error} labels={LABELS} />
        <TextField
          label={LABELS.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={setEmail}
          error={error?.fields.email}
        />
        <TextField
          label={LABELS.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={error?.fields.password}
        />
        <button type="submit" className="button button-primary button-block" disabled={loading}>
          {loading ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      <div className="auth-alternative">
        <PasskeySignIn onSignedIn={enter} />
      </div>
      <p className="auth-footer">
        <Link to="/forgot-password" state={{ email: email.trim() }}>
          {t('signIn.forgot')}
        </Link>
      </p>
    </AuthCard>
  );
}
