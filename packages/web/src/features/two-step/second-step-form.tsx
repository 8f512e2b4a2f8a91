import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { LOGOUT_MUTATION } from '../auth/auth.graphql';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { CodeForm } from './code-form';
import { SecondStepPasskey } from './second-step-passkey';
import { VERIFY_SECOND_FACTOR_MUTATION } from './two-step.graphql';

interface SecondStepFormProps {
  /** What the agent can use (from login); null after a reload: every way is offered. */
  methods: string[] | null;
  /** The agent, signed in for good: the caller seeds the viewer and goes on. */
  onSignedIn: (agent: ViewerFieldsFragment) => void;
  /** Back to email and password (the pending sign-in is ended). */
  onCancel: () => void;
}

/** The second step of a sign-in: a code from the authenticator app, or a recovery code. */
export function SecondStepForm({ methods, onSignedIn, onCancel }: SecondStepFormProps) {
  const { t } = useTranslation('twoStep');
  const passkeyOnly = !!methods && methods.includes('PASSKEY') && !methods.includes('TOTP');
  const [kind, setKind] = useState<'totp' | 'recovery'>(passkeyOnly ? 'recovery' : 'totp');
  const offersPasskey = !methods || methods.includes('PASSKEY');
  const [verify] = useMutation(VERIFY_SECOND_FACTOR_MUTATION);
  const [logout] = useMutation(LOGOUT_MUTATION);
  return (
    <>
      {offersPasskey && <SecondStepPasskey onSignedIn={onSignedIn} />}
      <CodeForm
        key={kind}
        kind={kind}
        autoFocus
        submitLabel={t('secondStep.verify')}
        busyLabel={t('secondStep.verifying')}
        onSubmit={async (code) => {
          const { data } = await verify({ variables: { code } });
          if (!data) throw new Error('The server sent no data for verifySecondFactor');
          onSignedIn(data.verifySecondFactor.agent);
        }}
      />
      <p className="auth-footer">
        {!passkeyOnly && (
          <>
            <button type="button" className="button button-inline" onClick={() => setKind(kind === 'totp' ? 'recovery' : 'totp')}>
              {kind === 'totp' ? t('secondStep.useRecovery') : t('secondStep.useApp')}
            </button>
            {' · '}
          </>
        )}
        <button
          type="button"
          className="button button-inline"
          onClick={() => {
            void logout().finally(onCancel);
          }}
        >
          {t('secondStep.startAgain')}
        </button>
      </p>
    </>
  );
}
