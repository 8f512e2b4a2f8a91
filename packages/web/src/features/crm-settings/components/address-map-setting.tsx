import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation, useQuery } from '@apollo/client/react';
import { addressMapUrlProblem, DEFAULT_ADDRESS_MAP_URL } from '@roster/shared';
import { ADDRESS_MAP_URL_QUERY, UPDATE_ADDRESS_MAP_URL_MUTATION } from '../crm-settings.graphql';
import { FormAlert } from '../../../components/form-alert';
import { InputField } from '../../../components/input-field';
import { useToast } from '../../../components/toast';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';

const LABEL = 'Map link for addresses';

/** The admin's map provider for CRM addresses: an https URL pattern with {query}, or the OpenStreetMap default. */
export function AddressMapSetting() {
  const { data } = useQuery(ADDRESS_MAP_URL_QUERY);
  const [update] = useMutation(UPDATE_ADDRESS_MAP_URL_MUTATION);
  const [error, setError] = useState<DisplayError | null>(null);
  const toast = useToast();
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
      toast.success(`Addresses now link to ${result.data?.updateCrmSettings.addressMapUrl ?? 'the map'}.`);
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
        hint="An https address with {query} where the user's mailing address goes. Roster loads no map itself."
        error={errors.addressMapUrl?.message}
        {...register('addressMapUrl', { validate: (v) => !v.trim() || (addressMapUrlProblem(v.trim()) ?? true) })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save map link'}
        </button>
        {saved !== DEFAULT_ADDRESS_MAP_URL && (
          <button type="button" className="button button-secondary" disabled={isSubmitting} onClick={() => void save(null)}>
            Use OpenStreetMap
          </button>
        )}
      </div>
    </form>
  );
}
