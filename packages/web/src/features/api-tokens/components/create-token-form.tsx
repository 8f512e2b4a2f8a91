import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { CREATE_API_TOKEN_MUTATION } from '../api-tokens.graphql';
import { API_TOKEN_SCOPES } from '../scopes';
import { InputField } from '../../../components/input-field';
import { FormAlert } from '../../../components/form-alert';
import { CopyButton } from '../../../components/copy-button';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';

interface TokenValues {
  name: string;
  scopes: string[];
  /** yyyy-mm-dd from the date input; empty: the token does not expire. */
  expiresOn: string;
}

const LABELS = { name: 'Name', scopes: 'Scopes', expiresAt: 'Expires on' };

/** The end of the chosen day in the browser's time zone: the token works through that whole day. */
export function endOfDay(date: string): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d, 23, 59, 59).toISOString();
}

export function CreateTokenForm() {
  const [createToken] = useMutation(CREATE_API_TOKEN_MUTATION, { refetchQueries: ['ApiTokens'] });
  const [error, setError] = useState<DisplayError | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<TokenValues>({ defaultValues: { name: '', scopes: ['agents:read'], expiresOn: '' } });

  const onSubmit = handleSubmit(async ({ name, scopes, expiresOn }) => {
    setError(null);
    setCreated(null);
    try {
      const { data } = await createToken({ variables: { name: name.trim(), scopes, expiresAt: endOfDay(expiresOn) } });
      if (data) setCreated({ name: data.createApiToken.apiToken.name, token: data.createApiToken.token });
      reset();
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, ['name', 'scopes'], setFieldError, '');
      if (shown.fields?.expiresAt) setFieldError('expiresOn', { message: shown.fields.expiresAt });
      setError(shown);
    }
  });

  return (
    <>
      {created && (
        <div role="status" className="alert alert-success" aria-live="polite">
          <p>
            <strong>Token “{created.name}” created.</strong> Copy it now: it is shown only once. Send it as{' '}
            <code>Authorization: Bearer &lt;token&gt;</code>.
          </p>
          <code className="secret" data-testid="new-token">
            {created.token}
          </code>
          <CopyButton text={created.token} label="Copy token" />
        </div>
      )}
      <form onSubmit={onSubmit} className="form" noValidate>
        <FormAlert error={error} labels={LABELS} />
        <InputField
          label={LABELS.name}
          autoComplete="off"
          hint="What uses it, e.g. “Billing sync”."
          error={errors.name?.message}
          {...register('name', { validate: (v) => (v.trim() ? true : 'is required') })}
        />
        <InputField
          label={LABELS.expiresAt}
          type="date"
          hint="Optional: the token stops working after this day. Empty: it works until revoked."
          error={errors.expiresOn?.message}
          {...register('expiresOn', {
            validate: (v) => (!v || new Date(endOfDay(v)!) > new Date() ? true : 'must be today or later'),
          })}
        />
        <fieldset className="checkbox-list" aria-describedby={errors.scopes ? 'scopes-error' : undefined}>
          <legend>{LABELS.scopes}</legend>
          {API_TOKEN_SCOPES.map((scope) => (
            <label key={scope.key}>
              <input
                type="checkbox"
                value={scope.key}
                {...register('scopes', { validate: (v) => (v.length ? true : 'need at least one') })}
              />
              <span>
                {scope.label} <code className="muted">{scope.key}</code>
                <span className="field-hint">{scope.hint}</span>
              </span>
            </label>
          ))}
          {errors.scopes?.message && (
            <p id="scopes-error" className="field-error">
              Scopes {errors.scopes.message}
            </p>
          )}
        </fieldset>
        <div>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Creating…' : 'Create token'}
          </button>
        </div>
      </form>
    </>
  );
}
