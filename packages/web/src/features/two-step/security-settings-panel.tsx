import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { toDisplayError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import type { TwoStepRequirement } from '../../gql/graphql';
import { SECURITY_SETTINGS_QUERY, UPDATE_SECURITY_SETTINGS_MUTATION } from './two-step.graphql';

const CHOICES: { value: TwoStepRequirement; label: string; hint: string }[] = [
  { value: 'OFF', label: 'Optional', hint: 'Each agent chooses under Preferences.' },
  {
    value: 'ADMINISTRATORS',
    label: 'Required for administrators',
    hint: 'Administrators without it set it up at their next sign-in.',
  },
  { value: 'EVERYONE', label: 'Required for everyone', hint: 'Every agent without it sets it up at their next sign-in.' },
];

/** The admin's "two-step sign-in required" setting (saved when chosen; API tokens are never affected). */
export function SecuritySettingsPanel() {
  const toast = useToast();
  const { data, loading, error, refetch } = useQuery(SECURITY_SETTINGS_QUERY);
  const [update, { loading: saving }] = useMutation(UPDATE_SECURITY_SETTINGS_MUTATION);
  const [saveError, setSaveError] = useState<string | null>(null);
  const settings = data?.securitySettings;

  async function choose(value: TwoStepRequirement) {
    setSaveError(null);
    try {
      await update({ variables: { input: { twoStepSignInRequired: value } } });
      toast.success(`Two-step sign-in: ${CHOICES.find((c) => c.value === value)!.label.toLowerCase()}.`);
    } catch (caught) {
      setSaveError(toDisplayError(caught).message);
    }
  }

  return (
    <>
      <QueryState loading={loading} error={error} hasData={!!settings} what="sign-in security settings" onRetry={() => void refetch()} />
      {settings && (
        <>
          <fieldset className="checkbox-list" disabled={saving}>
            <legend>Two-step sign-in</legend>
            {CHOICES.map((c) => (
              <label key={c.value}>
                <input
                  type="radio"
                  name="twoStepSignInRequired"
                  value={c.value}
                  checked={settings.twoStepSignInRequired === c.value}
                  onChange={() => void choose(c.value)}
                />
                <span>
                  {c.label}
                  <span className="field-hint">{c.hint}</span>
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
              ? `Last changed by ${settings.updatedByName}, ${formatDateTime(settings.updatedAt as string)}.`
              : 'Never changed.'}{' '}
            API tokens keep working either way. An agent who lost their phone and recovery codes: Reset two-step sign-in on their Sign-in
            tab.
          </p>
        </>
      )}
    </>
  );
}
