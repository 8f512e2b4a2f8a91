import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { MultiSelect } from '../../../components/multi-select';
import { QueryState } from '../../../components/query-state';
import { SwitchField } from '../../../components/switch-field';
import { useToast } from '../../../components/toast';
import { toDisplayError } from '../../../lib/errors';
import { SSO_SETTINGS_QUERY, UPDATE_SSO_SETTINGS_MUTATION } from '../sso.graphql';

/** "SSO required" and the break-glass administrators who may still use their password. */
export function SsoSettingsPanel() {
  const { t } = useTranslation('sso');
  const toast = useToast();
  const { data, loading, error, refetch } = useQuery(SSO_SETTINGS_QUERY);
  const [update, { loading: saving }] = useMutation(UPDATE_SSO_SETTINGS_MUTATION);
  const [breakGlass, setBreakGlass] = useState<string[] | null>(null);
  const settings = data?.ssoSettings;
  const admins = data?.agents.edges.map((e) => e.node) ?? [];
  const chosen = breakGlass ?? settings?.breakGlassAdmins.map((a) => a.id) ?? [];

  async function save(input: { ssoRequired?: boolean; breakGlassAdminIds?: string[] }, done: string) {
    try {
      await update({ variables: { input } });
      setBreakGlass(null);
      toast.success(done);
    } catch (caught) {
      const shown = toDisplayError(caught);
      toast.error(Object.values(shown.fields)[0] ? t('settings.notSaved', { error: Object.values(shown.fields)[0] }) : shown.message);
    }
  }

  return (
    <section aria-labelledby="sso-enforcement" className="panel">
      <h2 id="sso-enforcement">{t('settings.title')}</h2>
      <QueryState loading={loading} error={error} hasData={!!settings} what={t('settings.what')} onRetry={() => void refetch()} />
      {settings && (
        <>
          <SwitchField
            label={t('settings.ssoRequired')}
            checked={settings.ssoRequired}
            disabled={saving}
            hint={t('settings.ssoRequiredHint')}
            onChange={(on) => void save({ ssoRequired: on }, on ? t('settings.requiredOn') : t('settings.requiredOff'))}
          />
          <MultiSelect
            label={t('settings.breakGlass')}
            hint={t('settings.breakGlassHint')}
            options={admins.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))}
            value={chosen}
            onChange={setBreakGlass}
          />
          <button
            type="button"
            className="button"
            disabled={saving || breakGlass === null}
            onClick={() => void save({ breakGlassAdminIds: chosen }, t('settings.breakGlassSaved'))}
          >
            {t('settings.saveBreakGlass')}
          </button>
        </>
      )}
    </section>
  );
}
