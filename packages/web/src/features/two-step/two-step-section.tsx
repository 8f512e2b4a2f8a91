import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormDialog } from '../../components/form-dialog';
import { QueryState } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { formatDateTime } from '../../lib/format';
import { useViewer } from '../auth/viewer-context';
import { CodeOrPasswordForm } from './code-or-password-form';
import { RecoveryCodes } from './recovery-codes';
import { PasskeysPanel } from './passkeys-panel';
import { TotpEnrolment } from './totp-enrolment';
import { DISABLE_TWO_STEP_MUTATION, MY_TWO_STEP_QUERY, REGENERATE_RECOVERY_CODES_MUTATION } from './two-step.graphql';

/**
 * Two-step sign-in in Preferences: set up an authenticator app (QR code, first code, recovery
 * codes shown once), new recovery codes, or turn it off (with a code or the password).
 */
export function TwoStepSection() {
  const { t } = useTranslation('twoStep');
  const viewer = useViewer();
  const toast = useToast();
  const { data, loading, error, refetch } = useQuery(MY_TWO_STEP_QUERY, { fetchPolicy: 'network-only' });
  const [regenerate] = useMutation(REGENERATE_RECOVERY_CODES_MUTATION, { refetchQueries: ['MyTwoStepSignIn'] });
  const [disable] = useMutation(DISABLE_TWO_STEP_MUTATION, { refetchQueries: ['MyTwoStepSignIn'] });
  const [codes, setCodes] = useState<string[] | null>(null);
  const status = data?.myTwoStepSignIn;
  const hasApp = !!status?.methods.includes('TOTP');

  return (
    <section className="panel two-step-section" aria-labelledby="two-step-title">
      <h2 id="two-step-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <QueryState loading={loading} error={error} hasData={!!data} what={t('loadingWhat')} onRetry={() => void refetch()} />
      {codes && (
        <div className="alert alert-success">
          <RecoveryCodes codes={codes} email={viewer.email} />
          <button type="button" className="button button-secondary" onClick={() => setCodes(null)}>
            {t('savedThem')}
          </button>
        </div>
      )}
      {status && !status.enabled && (
        <>
          {status.required && <p className="alert alert-info">{t('required')}</p>}
          <TotpEnrolment
            onEnrolled={(fresh) => {
              setCodes(fresh);
              toast.success(t('turnedOn'));
            }}
          />
        </>
      )}
      {status?.enabled && !status.methods.includes('TOTP') && (
        <TotpEnrolment
          onEnrolled={(fresh) => {
            setCodes(fresh);
            toast.success(t('appAdded'));
          }}
        />
      )}
      {status?.enabled && (
        <>
          <p role="status">
            <Trans
              i18nKey={status.enabledAt ? 'status.onSince' : 'status.on'}
              t={t}
              values={{
                method: status.methods.includes('TOTP') ? t('status.app') : t('status.passkeys'),
                date: status.enabledAt ? formatDateTime(status.enabledAt as string) : '',
              }}
              components={{ strong: <strong /> }}
            />{' '}
            {t('status.codesLeft', { count: status.recoveryCodesLeft })}
          </p>
          <div className="button-row">
            <FormDialog
              trigger={
                <button type="button" className="button button-secondary">
                  {t('newCodes.button')}
                </button>
              }
              title={t('newCodes.title')}
              description={hasApp ? t('newCodes.descriptionApp') : t('newCodes.descriptionPassword')}
            >
              {(close) => (
                <CodeOrPasswordForm
                  withCode={hasApp}
                  submitLabel={t('newCodes.submit')}
                  busyLabel={t('checking')}
                  onSubmit={async (proof) => {
                    const { data: done } = await regenerate({ variables: proof });
                    if (!done) throw new Error('The server sent no data for regenerateRecoveryCodes');
                    setCodes(done.regenerateRecoveryCodes.codes);
                    close();
                  }}
                />
              )}
            </FormDialog>
            {!status.required && (
              <FormDialog
                trigger={
                  <button type="button" className="button button-secondary">
                    {t('off.button')}
                  </button>
                }
                title={t('off.title')}
                description={hasApp ? t('off.descriptionApp') : t('off.descriptionPassword')}
              >
                {(close) => (
                  <CodeOrPasswordForm
                    withCode={hasApp}
                    danger
                    submitLabel={t('off.title')}
                    busyLabel={t('off.busy')}
                    onSubmit={async (proof) => {
                      await disable({ variables: proof });
                      close();
                      setCodes(null);
                      toast.success(t('off.done'));
                    }}
                  />
                )}
              </FormDialog>
            )}
          </div>
          {status.required && <p className="muted">{t('requiredNoOff')}</p>}
        </>
      )}
      {status && <PasskeysPanel onRecoveryCodes={setCodes} />}
    </section>
  );
}
