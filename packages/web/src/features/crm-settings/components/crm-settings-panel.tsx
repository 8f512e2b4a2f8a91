import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CRM_SETTINGS_QUERY, UPDATE_CRM_SETTINGS_MUTATION } from '../crm-settings.graphql';
import { QueryState } from '../../../components/query-state';
import { SwitchField } from '../../../components/switch-field';
import { toDisplayError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';

/** The admin's CRM switches: team-scoped visibility of users (saved as soon as it is switched). */
export function CrmSettingsPanel() {
  const { data, loading, error, refetch } = useQuery(CRM_SETTINGS_QUERY);
  const [update, { loading: saving }] = useMutation(UPDATE_CRM_SETTINGS_MUTATION);
  const [saveError, setSaveError] = useState<string | null>(null);
  const settings = data?.crmSettings;

  async function change(on: boolean) {
    setSaveError(null);
    try {
      await update({ variables: { input: { teamScopedUserVisibility: on } } });
    } catch (caught) {
      setSaveError(toDisplayError(caught).message);
    }
  }

  return (
    <>
      <QueryState loading={loading} error={error} hasData={!!settings} what="CRM settings" onRetry={() => void refetch()} />
      {settings && (
        <>
          <SwitchField
            label="Agents see only users of their teams' organizations"
            checked={settings.teamScopedUserVisibility}
            onChange={(on) => void change(on)}
            disabled={saving}
            hint="Administrators still see every user. Users without an organization are hidden from other agents."
          />
          {saveError && (
            <p role="alert" className="alert alert-error">
              {saveError}
            </p>
          )}
          <p className="muted" role="status">
            {settings.updatedByName
              ? `Last changed by ${settings.updatedByName}, ${formatDateTime(settings.updatedAt)}.`
              : 'Never changed.'}{' '}
            Assign organizations to teams on the <Link to="/teams">Teams</Link> page.
          </p>
        </>
      )}
    </>
  );
}
