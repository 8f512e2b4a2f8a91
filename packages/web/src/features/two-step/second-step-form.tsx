import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { LOGOUT_MUTATION } from '../auth/auth.graphql';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { CodeForm } from './code-form';
import { VERIFY_SECOND_FACTOR_MUTATION } from './two-step.graphql';

interface SecondStepFormProps {
  /** The agent, signed in for good: the caller seeds the viewer and goes on. */
  onSignedIn: (agent: ViewerFieldsFragment) => void;
  /** Back to email and password (the pending sign-in is ended). */
  onCancel: () => void;
}

/** The second step of a sign-in: a code from the authenticator app, or a recovery code. */
export function SecondStepForm({ onSignedIn, onCancel }: SecondStepFormProps) {
  const [kind, setKind] = useState<'totp' | 'recovery'>('totp');
  const [verify] = useMutation(VERIFY_SECOND_FACTOR_MUTATION);
  const [logout] = useMutation(LOGOUT_MUTATION);
  return (
    <>
      <CodeForm
        key={kind}
        kind={kind}
        autoFocus
        submitLabel="Verify"
        busyLabel="Verifying…"
        onSubmit={async (code) => {
          const { data } = await verify({ variables: { code } });
          if (!data) throw new Error('The server sent no data for verifySecondFactor');
          onSignedIn(data.verifySecondFactor.agent);
        }}
      />
      <p className="auth-footer">
        <button type="button" className="button button-inline" onClick={() => setKind(kind === 'totp' ? 'recovery' : 'totp')}>
          {kind === 'totp' ? 'Use a recovery code' : 'Use a code from your authenticator app'}
        </button>
        {' · '}
        <button
          type="button"
          className="button button-inline"
          onClick={() => {
            void logout().finally(onCancel);
          }}
        >
          Start again
        </button>
      </p>
    </>
  );
}
