import { useState } from 'react';
import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { CRM_SETTINGS_QUERY, UPDATE_CRM_SETTINGS_MUTATION } from '../crm-settings.graphql';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { QueryState } from '../../../components/query-state';
import { SwitchField } from '../../../components/switch-field';
import { toDisplayError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { AddressMapSetting } from './address-map-setting';

/** The admin's CRM settings: team-scoped visibility of users (saved as soon as it is switched) and the map link of addresses. */
export function CrmSettingsPanel() {
  const { data, loading, error, refetch } = useQuery(CRM_SETTINGS_QUERY);
  const [update, { loading: saving }] = useMutation(UPDATE_CRM_SETTINGS_MUTATION);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [confirmingOn, setConfirmingOn] = useState(false);
  const settings = data?.crmSettings;
  const { t } = useTranslation('crmSettings');

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
      <QueryState loading={loading} error={error} hasData={!!settings} what={t('what')} onRetry={() => void refetch()} />
      {settings && (
        <>
          <SwitchField
            label={t('teamScoped.label')}
            checked={settings.teamScopedUserVisibility}
            // Turning it on hides users from agents at once: asked first. Turning it off hides nothing.
            onChange={(on) => (on ? setConfirmingOn(true) : void change(false))}
            disabled={saving}
            hint={t('teamScoped.hint')}
          />
          <ConfirmDialog
            open={confirmingOn}
            onOpenChange={setConfirmingOn}
            title={t('teamScoped.confirmTitle')}
            confirmLabel={t('teamScoped.confirmLabel')}
            onConfirm={() => update({ variables: { input: { teamScopedUserVisibility: true } } })}
          >
            <p>{t('teamScoped.confirmBody')}</p>
            <p>{t('teamScoped.confirmHidden')}</p>
          </ConfirmDialog>
          {saveError && (
            <p role="alert" className="alert alert-error">
              {saveError}
            </p>
          )}
          <p className="muted" role="status">
            {settings.updatedByName
              ? t('lastChanged', { name: settings.updatedByName, when: formatDateTime(settings.updatedAt) })
              : t('neverChanged')}{' '}
            <Trans i18nKey="assignTeams" t={t} components={{ to: <Link to="/teams" /> }} />
          </p>
          <AddressMapSetting />
        </>
      )}
    </>
  );
}
