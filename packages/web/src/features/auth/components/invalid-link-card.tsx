import { Link } from 'react-router';
import { AuthCard } from './auth-card';

/** A link from an email whose token is missing or refused: what happened, what to do, sign in. */
export function InvalidLinkCard({ title, message, hint }: { title: string; message: string; hint: string }) {
  return (
    <AuthCard title={title}>
      <div role="alert" className="alert alert-error">
        <p>{message}</p>
        <p className="alert-hint">{hint}</p>
      </div>
      <p className="auth-footer">
        <Link to="/sign-in">Go to sign in</Link>
      </p>
    </AuthCard>
  );
}
