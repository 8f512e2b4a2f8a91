import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { InputField } from '../../../components/input-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { CRM_CREATE_USER } from '../crm.graphql';
import { ScopedOrganizationField } from './user-scope';

interface NewUserValues {
  name: string;
  emails: string;
  organizationId: string;
}

/** /crm/users/new: name and email; opens the new record once created. */
export function NewUserForm() {
  const { t } = useTranslation(['crm', 'common']);
  useDocumentTitle(t('newUser.documentTitle'));
  const required = { validate: (v: string) => (v.trim() ? true : t('common:isRequired')) };
  const labels = {
    'input.name': t('newUserForm.name'),
    'input.emails': t('newUserForm.email'),
    'input.emails.0': t('newUserForm.email'),
    'input.organizationId': t('newUserForm.organization'),
  };
  const navigate = useNavigate();
  const [error, setError] = useState<DisplayError | null>(null);
  const [createUser] = useMutation(CRM_CREATE_USER, {
    update: (cache) => cache.evict({ fieldName: 'users' }),
  });
  const {
    register,
    control,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<NewUserValues>({ defaultValues: { name: '', emails: '', organizationId: '' } });

  const onSubmit = handleSubmit(async ({ name, emails, organizationId }) => {
    setError(null);
    try {
      const result = await createUser({
        variables: { input: { name: name.trim(), emails: [emails.trim()], organizationId: organizationId || undefined } },
      });
      if (result.data) void navigate(`/crm/users/${result.data.createUser.id}`);
    } catch (caught) {
      const shown = toDisplayError(caught);
      // `input.emails.0` lands on the one email box.
      applyServerFieldErrors(shown, ['name', 'emails', 'organizationId'], setFieldError);
      setError(shown);
    }
  });

  return (
    <form className="crm-record" aria-labelledby="crm-new-user" onSubmit={onSubmit} noValidate>
      <h2 id="crm-new-user">{t('newUserForm.title')}</h2>
      <FormAlert error={error} labels={labels} />
      <InputField label={t('newUserForm.name')} autoComplete="off" error={errors.name?.message} {...register('name', required)} />
      <InputField
        label={t('newUserForm.email')}
        type="email"
        autoComplete="off"
        error={errors.emails?.message}
        {...register('emails', required)}
      />
      <Controller
        control={control}
        name="organizationId"
        render={({ field }) => (
          <ScopedOrganizationField value={field.value} onChange={field.onChange} error={errors.organizationId?.message} />
        )}
      />
      <button type="submit" className="button button-primary" disabled={isSubmitting}>
        {isSubmitting ? t('newUserForm.creating') : t('newUserForm.create')}
      </button>
    </form>
  );
}
