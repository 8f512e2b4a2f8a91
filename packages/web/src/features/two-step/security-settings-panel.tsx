import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { toDisplayError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import type { TwoStepRequirement } from '../../gql/graphql';
import { SECURITY_SETTINGS_QUERY, UPDATE_SECURITY_SETTINGS_MUTATION } from './two-step.graphql';

const CHOICES: TwoStepRequirement[] = ['OFF', 'ADMINISTRATORS', 'EVERYONE'];

/** The admin's "two-step sign-in required" setting (saved when chosen; API tokens are never affected). */
export function SecuritySettingsPanel() {
  const { t } = useTranslation('twoStep');
  const toast = useToast();
  const { data, loading, error, refetch } = useQuery(SECURITY_SETTINGS_QUERY);
  const [update, { loading: saving }] = useMutation(UPDATE_SECURITY_SETTINGS_MUTATION);
  const [saveError, setSaveError] = useState<string | null>(null);
  const settings = data?.securitySettings;

  async function choose(value: TwoStepRequirement) {
    setSaveError(null);
    try {
      await update({ variables: { input: { twoStepSignInRequired: value } } });
      toast.success(t('security.saved', { choice: t(`security.choice.${value}`).toLowerCase() }));
    } catch (caught) {
      setSaveError(toDisplayError(caught).message);
    }
  }

  return (
    <>
      <QueryState loading={loading} error={error} hasData={!!settings} what={t('security.what')} onRetry={() => void refetch()} />
      {settings && (
        <>
          <fieldset className="checkbox-list" disabled={saving}>
            <legend>{t('security.legend')}</legend>
            {CHOICES.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="twoStepSignInRequired"
                  value={value}
                  checked={settings.twoStepSignInRequired === value}
                  onChange={() => void choose(value)}
                />
                <span>
                  {t(`security.choice.${value}`)}
                  <span className="field-hint">{t(`security.hint.${value}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {saveError && (
            <p role="alert" className="alert alert-error">
              {saveError}
            </p>
          )}
          <p className="muted">
            {settings.updatedByName
              ? t('security.lastChanged', { name: settings.updatedByName, date: formatDateTime(settings.updatedAt as string) })
              : t('security.neverChanged')}{' '}
            {t('security.note')}
          </p>
        </>
      )}
    </>
  );
}
