import { useMutation } from '@apollo/client/react';
import { RESEND_INVITATION_MUTATION, REVOKE_INVITATION_MUTATION } from '../invitations.graphql';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useToast } from '../../../components/toast';
import type { InvitationFieldsFragment } from '../../../gql/graphql';

const REFETCH = ['SeatUsage', 'Invitations'];

/** Resend and revoke, each confirmed; only pending and expired invitations can be acted on. */
export function InvitationActions({ invitation }: { invitation: InvitationFieldsFragment }) {
  const [resend] = useMutation(RESEND_INVITATION_MUTATION, { refetchQueries: REFETCH });
  const [revoke] = useMutation(REVOKE_INVITATION_MUTATION, { refetchQueries: REFETCH });
  const toast = useToast();
  const { id, email, status } = invitation;
  const canResend = status === 'PENDING' || status === 'EXPIRED';
  return (
    <div className="row-actions">
      {canResend && (
        <ConfirmDialog
          trigger={
            <button type="button" className="button button-secondary button-small" aria-label={`Resend invitation to ${email}`}>
              Resend
            </button>
          }
          title={`Resend the invitation to ${email}?`}
          confirmLabel="Resend invitation"
          onConfirm={async () => {
            await resend({ variables: { id } });
            toast.success(`Invitation resent to ${email}.`);
          }}
        >
          <p>A new email goes out with a new link and a fresh expiry date. The link in the earlier email stops working.</p>
        </ConfirmDialog>
      )}
      {status === 'PENDING' && (
        <ConfirmDialog
          trigger={
            <button
              type="button"
              className="button button-secondary button-danger button-small"
              aria-label={`Revoke invitation to ${email}`}
            >
              Revoke
            </button>
          }
          title={`Revoke the invitation to ${email}?`}
          confirmLabel="Revoke invitation"
          danger
          onConfirm={async () => {
            await revoke({ variables: { id } });
            toast.success(`Invitation to ${email} revoked.`);
          }}
        >
          <p>The link in the email stops working and the seat it held is freed. You can invite them again later.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
