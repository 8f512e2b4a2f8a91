import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useToast } from '../../components/toast';
import { formatDateTime } from '../../lib/format';
import { AddPasskeyForm } from './add-passkey-form';
import { MY_PASSKEYS_QUERY, REMOVE_PASSKEY_MUTATION } from './two-step.graphql';

/** The agent's passkeys (Preferences, Two-step sign-in): listed, added, removed. */
export function PasskeysPanel({ onRecoveryCodes }: { onRecoveryCodes: (codes: string[]) => void }) {
  const { t } = useTranslation(['twoStep', 'common']);
  const toast = useToast();
  const { data } = useQuery(MY_PASSKEYS_QUERY, { fetchPolicy: 'network-only' });
  const [remove] = useMutation(REMOVE_PASSKEY_MUTATION, { refetchQueries: ['MyPasskeys', 'MyTwoStepSignIn'] });
  const passkeys = data?.myPasskeys ?? [];
  return (
    <div className="passkeys" role="group" aria-labelledby="passkeys-title">
      <h3 id="passkeys-title">{t('passkeys.title')}</h3>
      <p className="muted">{t('passkeys.intro')}</p>
      {passkeys.length > 0 && (
        <ul className="plain-list">
          {passkeys.map((p) => (
            <li key={p.id} className="passkey-row">
              <span>
                <strong>{p.name}</strong>{' '}
                <span className="muted">
                  {p.lastUsedAt
                    ? t('passkeys.addedUsed', {
                        added: formatDateTime(p.createdAt as string),
                        used: formatDateTime(p.lastUsedAt as string),
                      })
                    : t('passkeys.addedNeverUsed', { added: formatDateTime(p.createdAt as string) })}
                </span>
              </span>
              <ConfirmDialog
                trigger={
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('passkeys.removeLabel', { name: p.name })}
                  >
                    {t('common:remove')}
                  </button>
                }
                title={t('passkeys.removeTitle', { name: p.name })}
                confirmLabel={t('passkeys.removeConfirm')}
                danger
                onConfirm={async () => {
                  await remove({ variables: { id: p.id } });
                  toast.success(t('passkeys.removed', { name: p.name }));
                }}
              >
                <p>{t('passkeys.removeBody')}</p>
              </ConfirmDialog>
            </li>
          ))}
        </ul>
      )}
      <AddPasskeyForm
        onAdded={(codes) => {
          toast.success(t('passkeys.added'));
          if (codes) onRecoveryCodes(codes);
        }}
      />
    </div>
  );
}
