import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard } from './auth-card';

/** A link from an email whose token is missing or refused: what happened, what to do, sign in. */
export function InvalidLinkCard({
  title,
  message,
  hint,
  action,
}: {
  title: string;
  message: string;
  hint: string;
  /** The way forward besides signing in (ask for a new link). */
  action?: { to: string; label: string };
}) {
  const { t } = useTranslation('auth');
  return (
    <AuthCard title={title}>
      <div role="alert" className="alert alert-error">
        <p>{message}</p>
        <p className="alert-hint">{hint}</p>
      </div>
      <p className="auth-footer">
        {action && (
          <>
            <Link to={action.to}>{action.label}</Link> ·{' '}
          </>
        )}
        <Link to="/sign-in">{t('goToSignIn')}</Link>
      </p>
    </AuthCard>
  );
}
