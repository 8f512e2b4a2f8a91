import { useMutation, useQuery } from '@apollo/client/react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useToast } from '../../components/toast';
import { formatDateTime } from '../../lib/format';
import { AddPasskeyForm } from './add-passkey-form';
import { MY_PASSKEYS_QUERY, REMOVE_PASSKEY_MUTATION } from './two-step.graphql';

/** The agent's passkeys (Preferences, Two-step sign-in): listed, added, removed. */
export function PasskeysPanel({ onRecoveryCodes }: { onRecoveryCodes: (codes: string[]) => void }) {
  const toast = useToast();
  const { data } = useQuery(MY_PASSKEYS_QUERY, { fetchPolicy: 'network-only' });
  const [remove] = useMutation(REMOVE_PASSKEY_MUTATION, { refetchQueries: ['MyPasskeys', 'MyTwoStepSignIn'] });
  const passkeys = data?.myPasskeys ?? [];
  return (
    <div className="passkeys" role="group" aria-labelledby="passkeys-title">
      <h3 id="passkeys-title">Passkeys</h3>
      <p className="muted">
        A passkey (your device's fingerprint, face or PIN, or a security key) can replace the app's code at the second step.
      </p>
      {passkeys.length > 0 && (
        <ul className="plain-list">
          {passkeys.map((p) => (
            <li key={p.id} className="passkey-row">
              <span>
                <strong>{p.name}</strong>{' '}
                <span className="muted">
                  added {formatDateTime(p.createdAt as string)}
                  {p.lastUsedAt ? `, last used ${formatDateTime(p.lastUsedAt as string)}` : ', never used'}
                </span>
              </span>
              <ConfirmDialog
                trigger={
                  <button type="button" className="button button-secondary button-small" aria-label={`Remove passkey ${p.name}`}>
                    Remove
                  </button>
                }
                title={`Remove the passkey “${p.name}”?`}
                confirmLabel="Remove passkey"
                danger
                onConfirm={async () => {
                  await remove({ variables: { id: p.id } });
                  toast.success(`Passkey “${p.name}” removed. Your other sessions were signed out.`);
                }}
              >
                <p>It will no longer sign you in. If it is your only second factor, two-step sign-in turns off.</p>
              </ConfirmDialog>
            </li>
          ))}
        </ul>
      )}
      <AddPasskeyForm
        onAdded={(codes) => {
          toast.success('Passkey added. Your other sessions were signed out.');
          if (codes) onRecoveryCodes(codes);
        }}
      />
    </div>
  );
}
