import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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

/** The end of the chosen day in the browser's time zone: the token works through that whole day. */
export function endOfDay(date: string): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d, 23, 59, 59).toISOString();
}

export function CreateTokenForm() {
  const { t } = useTranslation('apiTokens');
  const labels = { name: t('form.name'), scopes: t('form.scopes'), expiresAt: t('form.expiresOn') };
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

  // Registered outside the JSX: the literal-text lint reads field names in a spread as text.
  const nameField = register('name', { validate: (v) => (v.trim() ? true : t('form.required')) });
  const expiresOnField = register('expiresOn', {
    validate: (v) => (!v || new Date(endOfDay(v)!) > new Date() ? true : t('form.notPast')),
  });
  const scopesField = register('scopes', { validate: (v) => (v.length ? true : t('form.atLeastOne')) });

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
            <Trans i18nKey="form.created" t={t} values={{ name: created.name }} components={{ strong: <strong />, code: <code /> }} />
          </p>
          <code className="secret" data-testid="new-token">
            {created.token}
          </code>
          <CopyButton text={created.token} label={t('form.copy')} />
        </div>
      )}
      <form onSubmit={onSubmit} className="form" noValidate>
        <FormAlert error={error} labels={labels} />
        <InputField label={labels.name} autoComplete="off" hint={t('form.nameHint')} error={errors.name?.message} {...nameField} />
        <InputField
          label={labels.expiresAt}
          type="date"
          hint={t('form.expiresOnHint')}
          error={errors.expiresOn?.message}
          {...expiresOnField}
        />
        <fieldset className="checkbox-list" aria-describedby={errors.scopes ? 'scopes-error' : undefined}>
          <legend>{labels.scopes}</legend>
          {API_TOKEN_SCOPES.map((scope) => (
            <label key={scope.key}>
              <input type="checkbox" value={scope.key} {...scopesField} />
              <span>
                {t(`scope.${scope.id}.label`)} <code className="muted">{scope.key}</code>
                <span className="field-hint">{t(`scope.${scope.id}.hint`)}</span>
              </span>
            </label>
          ))}
          {errors.scopes?.message && (
            <p id="scopes-error" className="field-error">
              {t('form.scopesError', { error: errors.scopes.message })}
            </p>
          )}
        </fieldset>
        <div>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('form.creating') : t('form.create')}
          </button>
        </div>
      </form>
    </>
  );
}
