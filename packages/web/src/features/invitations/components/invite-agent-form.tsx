import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { INVITE_AGENT_MUTATION } from '../invitations.graphql';
import { InputField } from '../../../components/input-field';
import { useToast } from '../../../components/toast';
import { FormAlert } from '../../../components/form-alert';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import { SeatLimitPrompt } from '../../license/components/seat-meter';
import { INVITE_OPTION_LABELS, InviteOptionsFields, useInviteOptions } from './invite-options';

interface InviteValues {
  email: string;
}

const LABELS = {
  'input.email': 'Email',
  'input.permissionGroupIds': INVITE_OPTION_LABELS.permissionGroupIds,
  'input.teamIds': INVITE_OPTION_LABELS.teamIds,
};

/** Invite one person: their email, role, permission groups and teams (by default an agent with All Permissions). */
export function InviteAgentForm() {
  const [invite] = useMutation(INVITE_AGENT_MUTATION, { refetchQueries: ['SeatUsage', 'Invitations'] });
  const [error, setError] = useState<DisplayError | null>(null);
  const toast = useToast();
  const { options, setOptions, errors: optionErrors, showErrors } = useInviteOptions('input.');
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<InviteValues>({ defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setError(null);
    showErrors(null);
    try {
      const { data } = await invite({ variables: { input: { email: email.trim(), ...options } } });
      toast.success(`Invitation sent to ${data?.inviteAgent.email ?? email}. It waits under Pending invitations until accepted.`);
      reset();
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, ['email'], setFieldError);
      showErrors(shown);
      setError(shown);
    }
  });

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {error?.code === 'LICENSE_LIMIT_REACHED' ? <SeatLimitPrompt /> : <FormAlert error={error} labels={LABELS} />}
      <InputField
        label="Email"
        type="email"
        autoComplete="off"
        error={errors.email?.message}
        {...register('email', { required: 'is required', pattern: { value: /^\S+@\S+\.\S+$/, message: 'is not an email address' } })}
      />
      <InviteOptionsFields value={options} onChange={setOptions} errors={optionErrors} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Sending…' : 'Send invitation'}
        </button>
      </div>
    </form>
  );
}
