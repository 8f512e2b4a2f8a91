import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { REQUEST_PASSWORD_RESET_MUTATION } from '../auth.graphql';
import { InputField } from '../../../components/input-field';
import { FormAlert } from '../../../components/form-alert';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AuthCard } from '../components/auth-card';

/** "Forgot password?": asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  useDocumentTitle(t('forgot.title'));
  const LABELS = { email: t('common:email') };
  const location = useLocation();
  const typed = (location.state as { email?: unknown } | null)?.email;
  const [request] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<DisplayError | null>(null);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm({ defaultValues: { email: typeof typed === 'string' ? typed : '' } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setError(null);
    try {
      await request({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, ['email'], setFieldError);
      setError(shown);
    }
  });

  if (sentTo) {
    return (
      <AuthCard title={t('forgot.checkTitle')}>
        <p role="status" className="alert alert-success">
          {t('forgot.sent', { email: sentTo })}
        </p>
        <p className="auth-footer">
          <Link to="/sign-in">{t('backToSignIn')}</Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('forgot.title')} intro={t('forgot.intro')}>
      <form onSubmit={onSubmit} className="form" noValidate>
        <FormAlert error={error} labels={LABELS} />
        <InputField
          label={LABELS.email}
          type="email"
          autoComplete="username"
          autoFocus
          error={errors.email?.message}
          {...register('email', { validate: (v) => (v.trim() ? true : t('common:isRequired')) })}
        />
        <button type="submit" className="button button-primary button-block" disabled={isSubmitting}>
          {isSubmitting ? t('forgot.sending') : t('forgot.submit')}
        </button>
      </form>
      <p className="auth-footer">
        <Link to="/sign-in">{t('backToSignIn')}</Link>
      </p>
    </AuthCard>
  );
}
