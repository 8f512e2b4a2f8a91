import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { INVITE_AGENT_MUTATION } from '../invitations.graphql';
import { InputField } from '../../../components/input-field';
import { FormAlert } from '../../../components/form-alert';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import { SeatLimitPrompt } from '../../license/components/seat-meter';

interface InviteValues {
  email: string;
}

const LABELS = { 'input.email': 'Email' };

/** Quick invite: email only; the invitee joins with All Permissions. */
export function InviteAgentForm() {
  const [invite] = useMutation(INVITE_AGENT_MUTATION, { refetchQueries: ['SeatUsage', 'Invitations'] });
  const [error, setError] = useState<DisplayError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<InviteValues>({ defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setError(null);
    setSentTo(null);
    try {
      const { data } = await invite({ variables: { input: { email: email.trim() } } });
      setSentTo(data?.inviteAgent.email ?? email);
      reset();
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, ['email'], setFieldError);
      setError(shown);
    }
  });

  return (
    <form onSubmit={onSubmit} className="form inline-form" noValidate>
      {error?.code === 'LICENSE_LIMIT_REACHED' ? <SeatLimitPrompt /> : <FormAlert error={error} labels={LABELS} />}
      {sentTo && (
        <p role="status" className="alert alert-success">
          Invitation sent to {sentTo}. It waits under Pending invitations until accepted.
        </p>
      )}
      <div className="inline-form-row">
        <InputField
          label="Email"
          type="email"
          autoComplete="off"
          hint="They join with All Permissions; change their groups once they have accepted."
          error={errors.email?.message}
          {...register('email', { required: 'is required', pattern: { value: /^\S+@\S+\.\S+$/, message: 'is not an email address' } })}
        />
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Sending…' : 'Send invitation'}
        </button>
      </div>
    </form>
  );
}
