import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { toDisplayError, type DisplayError } from '../../lib/errors';
import { CodeForm } from './code-form';
import { CONFIRM_TOTP_ENROLMENT_MUTATION, START_TOTP_ENROLMENT_MUTATION } from './two-step.graphql';

/**
 * Setting up an authenticator app: a QR code and the secret (made by the server), then the app's
 * first code. `onEnrolled` gets the recovery codes, which the caller shows once.
 */
export function TotpEnrolment({ onEnrolled }: { onEnrolled: (codes: string[]) => void }) {
  const { t } = useTranslation('twoStep');
  const [start, { data, loading }] = useMutation(START_TOTP_ENROLMENT_MUTATION);
  const [confirm] = useMutation(CONFIRM_TOTP_ENROLMENT_MUTATION, { refetchQueries: ['MyTwoStepSignIn'] });
  const [error, setError] = useState<DisplayError | null>(null);
  const enrolment = data?.startTotpEnrolment;

  async function begin() {
    setError(null);
    try {
      await start();
    } catch (caught) {
      setError(toDisplayError(caught));
    }
  }

  if (!enrolment) {
    return (
      <>
        {error && (
          <p role="alert" className="alert alert-error">
            {error.message}
          </p>
        )}
        <button type="button" className="button button-primary" disabled={loading} onClick={() => void begin()}>
          {loading ? t('totp.preparing') : t('totp.setUp')}
        </button>
      </>
    );
  }
  return (
    <div className="totp-enrolment">
      <ol className="steps">
        <li>
          <p>{t('totp.scan')}</p>
          <img className="totp-qr" src={enrolment.qrCodeDataUrl} alt={t('totp.qrAlt')} width={200} height={200} />
          <p>
            {t('totp.typeKey')} <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
        </li>
        <li>
          <p>{t('totp.enterCode')}</p>
          <CodeForm
            submitLabel={t('totp.turnOn')}
            busyLabel={t('totp.turningOn')}
            onSubmit={async (code) => {
              const { data: done } = await confirm({ variables: { code } });
              if (!done) throw new Error('The server sent no data for confirmTotpEnrolment');
              onEnrolled(done.confirmTotpEnrolment.codes);
            }}
          />
        </li>
      </ol>
    </div>
  );
}
