import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { INVITE_AGENT_MUTATION } from '../invitations.graphql';
import { InputField } from '../../../components/input-field';
import { useToast } from '../../../components/toast';
import { FormAlert } from '../../../components/form-alert';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import { SeatLimitPrompt } from '../../license/components/seat-meter';
import { InviteOptionsFields, inviteOptionLabels, useInviteOptions } from './invite-options';

interface InviteValues {
  email: string;
}

/** Invite one person: their email, role, permission groups and teams (by default an agent with All Permissions). */
export function InviteAgentForm() {
  const { t } = useTranslation('invitations');
  const optionLabels = inviteOptionLabels(t);
  const labels = {
    'input.email': t('form.email'),
    'input.permissionGroupIds': optionLabels.permissionGroupIds,
    'input.teamIds': optionLabels.teamIds,
    'input.language': optionLabels.language,
  };
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

  // Registered outside the JSX: the literal-text lint reads field names in a spread as text.
  const emailField = register('email', {
    required: t('form.required'),
    pattern: { value: /^\S+@\S+\.\S+$/, message: t('form.notAnEmail') },
  });

  const onSubmit = handleSubmit(async ({ email }) => {
    setError(null);
    showErrors(null);
    try {
      const { data } = await invite({ variables: { input: { email: email.trim(), ...options } } });
      toast.success(t('form.sent', { email: data?.inviteAgent.email ?? email }));
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
      {error?.code === 'LICENSE_LIMIT_REACHED' ? <SeatLimitPrompt /> : <FormAlert error={error} labels={labels} />}
      <InputField label={t('form.email')} type="email" autoComplete="off" error={errors.email?.message} {...emailField} />
      <InviteOptionsFields value={options} onChange={setOptions} errors={optionErrors} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.sending') : t('form.send')}
        </button>
      </div>
    </form>
  );
}
