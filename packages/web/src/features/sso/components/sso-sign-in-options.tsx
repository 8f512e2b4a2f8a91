import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { LogIn } from 'lucide-react';
import { SSO_SIGN_IN_PROVIDERS_QUERY } from '../sso.graphql';

import { sso as english } from '../../../i18n/locales/en/sso';

/** The reasons single sign-on sends the browser back with (`?sso_error=<reason>`); their words are `sso:signIn.failure.<reason>`. */
type FailureReason = keyof typeof english.signIn.failure;
const failureReason = (reason: string): FailureReason =>
  Object.hasOwn(english.signIn.failure, reason) ? (reason as FailureReason) : 'PROVIDER_ERROR';

/** "Sign in with <provider>" for each enabled provider, and why the last single sign-on failed. */
export function SsoSignInOptions() {
  const { t } = useTranslation('sso');
  const location = useLocation();
  const { data } = useQuery(SSO_SIGN_IN_PROVIDERS_QUERY);
  const reason = new URLSearchParams(location.search).get('sso_error');
  const providers = data?.ssoSignInProviders ?? [];
  return (
    <>
      {reason && (
        <p role="alert" className="alert alert-error" data-testid="sso-error">
          {t(`signIn.failure.${failureReason(reason)}`)}
        </p>
      )}
      {providers.length > 0 && (
        <div className="auth-alternative sso-options">
          {providers.map((p) => (
            // A plain link: the browser goes to the provider and comes back signed in.
            <a key={p.id} className="button button-secondary button-block" href={`/sso/${encodeURIComponent(p.id)}/start`}>
              <LogIn aria-hidden="true" size={16} /> {t('signIn.with', { name: p.displayName })}
            </a>
          ))}
        </div>
      )}
    </>
  );
}
