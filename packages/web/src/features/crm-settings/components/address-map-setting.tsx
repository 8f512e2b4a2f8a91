import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { addressMapUrlProblem, DEFAULT_ADDRESS_MAP_URL } from '@roster/shared';
import { ADDRESS_MAP_URL_QUERY, UPDATE_ADDRESS_MAP_URL_MUTATION } from '../crm-settings.graphql';
import { FormAlert } from '../../../components/form-alert';
import { InputField } from '../../../components/input-field';
import { useToast } from '../../../components/toast';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';

/** The admin's map provider for CRM addresses: an https URL pattern with {query}, or the OpenStreetMap default. */
export function AddressMapSetting() {
  const { data } = useQuery(ADDRESS_MAP_URL_QUERY);
  const [update] = useMutation(UPDATE_ADDRESS_MAP_URL_MUTATION);
  const [error, setError] = useState<DisplayError | null>(null);
  const toast = useToast();
  const { t } = useTranslation(['crmSettings', 'common']);
  const LABEL = t('map.label');
  const saved = data?.crmSettings.addressMapUrl;
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm({ values: { addressMapUrl: saved ?? '' } });

  const save = async (url: string | null) => {
    setError(null);
    try {
      const result = await update({ variables: { url } });
      toast.success(t('map.saved', { url: result.data?.updateCrmSettings.addressMapUrl ?? t('map.theMap') }));
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, ['addressMapUrl'], setFieldError);
      setError(shown);
    }
  };

  if (saved === undefined) return null;
  return (
    <form className="form" noValidate onSubmit={handleSubmit(({ addressMapUrl }) => save(addressMapUrl.trim()))}>
      <FormAlert error={error} labels={{ 'input.addressMapUrl': LABEL }} />
      <InputField
        label={LABEL}
        type="url"
        autoComplete="off"
        spellCheck={false}
        hint={t('map.hint')}
        error={errors.addressMapUrl?.message}
        {...register('addressMapUrl', { validate: (v) => !v.trim() || (addressMapUrlProblem(v.trim()) ?? true) })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common:saving') : t('map.save')}
        </button>
        {saved !== DEFAULT_ADDRESS_MAP_URL && (
          <button type="button" className="button button-secondary" disabled={isSubmitting} onClick={() => void save(null)}>
            {t('map.useDefault')}
          </button>
        )}
      </div>
    </form>
  );
}
