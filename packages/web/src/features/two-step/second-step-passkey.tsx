import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { startAuthentication } from '@simplewebauthn/browser';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { PasskeyButton } from './passkey-button';
import { START_PASSKEY_SECOND_STEP_MUTATION, VERIFY_PASSKEY_MUTATION } from './two-step.graphql';

/** The second step with a passkey: the browser's own dialog, then the server checks its answer. */
export function SecondStepPasskey({ onSignedIn }: { onSignedIn: (agent: ViewerFieldsFragment) => void }) {
  const { t } = useTranslation('twoStep');
  const [start] = useMutation(START_PASSKEY_SECOND_STEP_MUTATION);
  const [verify] = useMutation(VERIFY_PASSKEY_MUTATION);

  async function signInWithPasskey() {
    const { data } = await start();
    if (!data) throw new Error('The server sent no data for startPasskeySecondStep');
    const response = await startAuthentication({ optionsJSON: JSON.parse(data.startPasskeySecondStep) });
    const { data: done } = await verify({ variables: { response: JSON.stringify(response) } });
    if (!done) throw new Error('The server sent no data for verifyPasskey');
    onSignedIn(done.verifyPasskey.agent);
  }

  return <PasskeyButton label={t('passkeys.use')} run={signInWithPasskey} />;
}
