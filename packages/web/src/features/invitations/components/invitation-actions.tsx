import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RESEND_INVITATION_MUTATION, REVOKE_INVITATION_MUTATION } from '../invitations.graphql';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useToast } from '../../../components/toast';
import type { InvitationFieldsFragment } from '../../../gql/graphql';

const REFETCH = ['SeatUsage', 'Invitations'];

/** Resend and revoke, each confirmed; only pending and expired invitations can be acted on. */
export function InvitationActions({ invitation }: { invitation: InvitationFieldsFragment }) {
  const [resend] = useMutation(RESEND_INVITATION_MUTATION, { refetchQueries: REFETCH });
  const [revoke] = useMutation(REVOKE_INVITATION_MUTATION, { refetchQueries: REFETCH });
  const { t } = useTranslation('invitations');
  const toast = useToast();
  const { id, email, status } = invitation;
  const canResend = status === 'PENDING' || status === 'EXPIRED';
  return (
    <div className="row-actions">
      {canResend && (
        <ConfirmDialog
          trigger={
            <button type="button" className="button button-secondary button-small" aria-label={t('actions.resendLabel', { email })}>
              {t('actions.resend')}
            </button>
          }
          title={t('actions.resendTitle', { email })}
          confirmLabel={t('actions.resendConfirm')}
          onConfirm={async () => {
            await resend({ variables: { id } });
            toast.success(t('actions.resent', { email }));
          }}
        >
          <p>{t('actions.resendBody')}</p>
        </ConfirmDialog>
      )}
      {status === 'PENDING' && (
        <ConfirmDialog
          trigger={
            <button
              type="button"
              className="button button-secondary button-danger button-small"
              aria-label={t('actions.revokeLabel', { email })}
            >
              {t('actions.revoke')}
            </button>
          }
          title={t('actions.revokeTitle', { email })}
          confirmLabel={t('actions.revokeConfirm')}
          danger
          onConfirm={async () => {
            await revoke({ variables: { id } });
            toast.success(t('actions.revoked', { email }));
          }}
        >
          <p>{t('actions.revokeBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
