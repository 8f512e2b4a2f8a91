import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormDialog } from '../../components/form-dialog';
import { QueryState } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { formatDateTime, plural } from '../../lib/format';
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
      <h2 id="two-step-title">Two-step sign-in</h2>
      <p className="muted">
        After your password, Roster asks for a code from an authenticator app on your phone, so a stolen password alone cannot sign in.
      </p>
      <QueryState loading={loading} error={error} hasData={!!data} what="your two-step sign-in" onRetry={() => void refetch()} />
      {codes && (
        <div className="alert alert-success">
          <RecoveryCodes codes={codes} email={viewer.email} />
          <button type="button" className="button button-secondary" onClick={() => setCodes(null)}>
            I have saved them
          </button>
        </div>
      )}
      {status && !status.enabled && (
        <>
          {status.required && <p className="alert alert-info">An administrator requires two-step sign-in for your account.</p>}
          <TotpEnrolment
            onEnrolled={(fresh) => {
              setCodes(fresh);
              toast.success('Two-step sign-in is on. Your other sessions were signed out.');
            }}
          />
        </>
      )}
      {status?.enabled && !status.methods.includes('TOTP') && (
        <TotpEnrolment
          onEnrolled={(fresh) => {
            setCodes(fresh);
            toast.success('Authenticator app added. Your other sessions were signed out.');
          }}
        />
      )}
      {status?.enabled && (
        <>
          <p role="status">
            <strong>On</strong> with {status.methods.includes('TOTP') ? 'an authenticator app' : 'passkeys'}
            {status.enabledAt ? ` since ${formatDateTime(status.enabledAt as string)}` : ''}.{' '}
            {plural(status.recoveryCodesLeft, 'unused recovery code')}.
          </p>
          <div className="button-row">
            <FormDialog
              trigger={
                <button type="button" className="button button-secondary">
                  New recovery codes
                </button>
              }
              title="Make new recovery codes"
              description={`Your current recovery codes stop working. Enter ${hasApp ? 'a code from your authenticator app or your password' : 'your password'} to go on.`}
            >
              {(close) => (
                <CodeOrPasswordForm
                  withCode={hasApp}
                  submitLabel="Make new codes"
                  busyLabel="Checking…"
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
                    Turn off
                  </button>
                }
                title="Turn off two-step sign-in"
                description={`Your password alone will sign you in, and your other sessions are signed out. Confirm with ${hasApp ? 'a code from your app or your password' : 'your password'}.`}
              >
                {(close) => (
                  <CodeOrPasswordForm
                    withCode={hasApp}
                    danger
                    submitLabel="Turn off two-step sign-in"
                    busyLabel="Turning off…"
                    onSubmit={async (proof) => {
                      await disable({ variables: proof });
                      close();
                      setCodes(null);
                      toast.success('Two-step sign-in is off.');
                    }}
                  />
                )}
              </FormDialog>
            )}
          </div>
          {status.required && (
            <p className="muted">An administrator requires two-step sign-in for your account: it cannot be turned off.</p>
          )}
        </>
      )}
      {status && <PasskeysPanel onRecoveryCodes={setCodes} />}
    </section>
  );
}
