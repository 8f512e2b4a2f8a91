import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { CHANGE_PASSWORD_MUTATION } from '../auth.graphql';
import { useViewer } from '../viewer-context';
import { InputField } from '../../../components/input-field';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PasswordForm, type PasswordFormValues } from '../components/password-form';
import { changePasswordFields } from '../new-password';

export function ChangePasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  useDocumentTitle(t('changePassword.title'));
  const LABELS = { currentPassword: t('common:currentPassword') };
  const viewer = useViewer();
  const navigate = useNavigate();
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);
  async function submit({ currentPassword, newPassword }: PasswordFormValues) {
    // The returned Agent updates the cached viewer, which lifts the mustChangePassword guard.
    await changePassword({ variables: { currentPassword, newPassword } });
    navigate('/', { replace: true, state: { notice: t('changePassword.changed') } });
  }

  return (
    <section className="page page-narrow" aria-labelledby="change-password-title">
      <h1 id="change-password-title">{t('changePassword.title')}</h1>
      {viewer.mustChangePassword ? (
        <p className="alert alert-info">{t('changePassword.temporary')}</p>
      ) : (
        <p className="page-intro">{t('changePassword.intro')}</p>
      )}
      <PasswordForm
        fields={changePasswordFields()}
        labels={LABELS}
        currentPasswordField="currentPassword"
        submitLabel={t('changePassword.submit')}
        busyLabel={t('common:saving')}
        busy={loading}
        block={false}
        onSubmit={submit}
      >
        {({ register, errors }) => (
          <InputField
            label={LABELS.currentPassword}
            type="password"
            autoComplete="current-password"
            required
            error={errors?.currentPassword}
            {...register('currentPassword')}
          />
        )}
      </PasswordForm>
    </section>
  );
}
