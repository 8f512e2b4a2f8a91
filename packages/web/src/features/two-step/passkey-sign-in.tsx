import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { startAuthentication } from '@simplewebauthn/browser';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { PasskeyButton } from './passkey-button';
import { FINISH_PASSKEY_SIGN_IN_MUTATION, START_PASSKEY_SIGN_IN_MUTATION } from './two-step.graphql';

/** Password-less sign-in: the browser offers the passkeys it holds for Roster; one signs in fully (no second step). */
export function PasskeySignIn({ onSignedIn }: { onSignedIn: (agent: ViewerFieldsFragment) => void }) {
  const { t } = useTranslation('twoStep');
  const [start] = useMutation(START_PASSKEY_SIGN_IN_MUTATION);
  const [finish] = useMutation(FINISH_PASSKEY_SIGN_IN_MUTATION);

  async function signIn() {
    const { data } = await start();
    if (!data) throw new Error('The server sent no data for startPasskeySignIn');
    const { requestId, options } = data.startPasskeySignIn;
    const response = await startAuthentication({ optionsJSON: JSON.parse(options) });
    const { data: done } = await finish({ variables: { requestId, response: JSON.stringify(response) } });
    if (!done) throw new Error('The server sent no data for finishPasskeySignIn');
    onSignedIn(done.finishPasskeySignIn.agent);
  }

  return <PasskeyButton label={t('passkeys.signIn')} variant="secondary" run={signIn} />;
}
