import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client/react';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { VIEWER_QUERY } from '../../auth/auth.graphql';
import { useViewer } from '../../auth/viewer-context';
import { RecoveryCodes } from '../recovery-codes';
import { AddPasskeyForm } from '../add-passkey-form';
import { TotpEnrolment } from '../totp-enrolment';

/**
 * After the password, when an administrator requires two-step sign-in and the agent has none:
 * nothing else works until an authenticator app is set up (RequireViewer sends them here).
 */
export function TwoStepSetupPage() {
  const { t } = useTranslation('twoStep');
  useDocumentTitle(t('setup.title'));
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [codes, setCodes] = useState<string[] | null>(null);

  async function carryOn() {
    // The session is a full one now: the viewer says so, which lifts the guard.
    await client.query({ query: VIEWER_QUERY, fetchPolicy: 'network-only' });
    navigate('/', { replace: true, state: { notice: t('setup.done') } });
  }

  return (
    <section className="page page-narrow" aria-labelledby="two-step-setup-title">
      <h1 id="two-step-setup-title">{t('setup.title')}</h1>
      {codes ? (
        <>
          <RecoveryCodes codes={codes} email={viewer.email} />
          <button type="button" className="button button-primary" onClick={() => void carryOn()}>
            {t('setup.continue')}
          </button>
        </>
      ) : (
        <>
          <p className="alert alert-info">{t('setup.intro')}</p>
          <TotpEnrolment onEnrolled={setCodes} />
          <h2>{t('setup.orPasskey')}</h2>
          <AddPasskeyForm onAdded={(fresh) => (fresh ? setCodes(fresh) : void carryOn())} />
        </>
      )}
    </section>
  );
}
