import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { startAuthentication } from '@simplewebauthn/browser';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { toDisplayError } from '../../lib/errors';
import { START_PASSKEY_SECOND_STEP_MUTATION, VERIFY_PASSKEY_MUTATION } from './two-step.graphql';

/** The second step with a passkey: the browser's own dialog, then the server checks its answer. */
export function SecondStepPasskey({ onSignedIn }: { onSignedIn: (agent: ViewerFieldsFragment) => void }) {
  const [start] = useMutation(START_PASSKEY_SECOND_STEP_MUTATION);
  const [verify] = useMutation(VERIFY_PASSKEY_MUTATION);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signInWithPasskey() {
    setBusy(true);
    setError(null);
    try {
      const { data } = await start();
      if (!data) throw new Error('The server sent no data for startPasskeySecondStep');
      const response = await startAuthentication({ optionsJSON: JSON.parse(data.startPasskeySecondStep) });
      const { data: done } = await verify({ variables: { response: JSON.stringify(response) } });
      if (!done) throw new Error('The server sent no data for verifyPasskey');
      onSignedIn(done.verifyPasskey.agent);
    } catch (caught) {
      setError(
        caught instanceof Error && caught.name === 'NotAllowedError'
          ? 'The browser did not use a passkey (cancelled or timed out).'
          : toDisplayError(caught).message,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      <button type="button" className="button button-primary button-block" disabled={busy} onClick={() => void signInWithPasskey()}>
        {busy ? 'Waiting for the passkey…' : 'Use a passkey'}
      </button>
    </>
  );
}
