import { useLocation } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { LogIn } from 'lucide-react';
import { SSO_SIGN_IN_PROVIDERS_QUERY } from '../sso.graphql';

/** What the sign-in page says when single sign-on sent the browser back refused (`?sso_error=<reason>`). */
export const SSO_FAILURE_MESSAGES: Record<string, string> = {
  NOT_CONFIGURED: 'This single sign-on provider is not available. Ask an administrator.',
  INVALID_STATE: 'The sign-in could not be completed (it expired, was used already or came from another browser). Try again.',
  PROVIDER_ERROR: 'The identity provider could not sign you in. Try again, or ask an administrator.',
  INVALID_SIGNATURE: "The identity provider's answer was not signed correctly. Ask an administrator.",
  UNSIGNED: "The identity provider's answer was not signed. Ask an administrator.",
  EXPIRED: "The identity provider's answer has expired. Try again.",
  REPLAYED: 'This sign-in was used already. Try again.',
  WRONG_AUDIENCE: "The identity provider's answer was meant for another service. Ask an administrator.",
  WRONG_RECIPIENT: "The identity provider's answer was meant for another address. Ask an administrator.",
  WRONG_ISSUER: 'The answer did not come from the configured identity provider. Ask an administrator.',
  NO_EMAIL: 'The identity provider sent no email address for your account. Ask an administrator.',
  EMAIL_NOT_VERIFIED: 'The identity provider has not verified your email address. Verify it there, then try again.',
  NO_SEAT: 'There is no free agent seat for a new account. Ask an administrator to free a seat or upgrade the license.',
  AGENT_DISABLED: 'Your account is disabled. Ask an administrator.',
  ACCOUNT_CONFLICT: 'Your email address belongs to another Roster account already linked to this provider. Ask an administrator.',
};

/** "Sign in with <provider>" for each enabled provider, and why the last single sign-on failed. */
export function SsoSignInOptions() {
  const location = useLocation();
  const { data } = useQuery(SSO_SIGN_IN_PROVIDERS_QUERY);
  const reason = new URLSearchParams(location.search).get('sso_error');
  const providers = data?.ssoSignInProviders ?? [];
  return (
    <>
      {reason && (
        <p role="alert" className="alert alert-error" data-testid="sso-error">
          {SSO_FAILURE_MESSAGES[reason] ?? SSO_FAILURE_MESSAGES.PROVIDER_ERROR}
        </p>
      )}
      {providers.length > 0 && (
        <div className="auth-alternative sso-options">
          {providers.map((p) => (
            // A plain link: the browser goes to the provider and comes back signed in.
            <a key={p.id} className="button button-secondary button-block" href={`/sso/${encodeURIComponent(p.id)}/start`}>
              <LogIn aria-hidden="true" size={16} /> Sign in with {p.displayName}
            </a>
          ))}
        </div>
      )}
    </>
  );
}
