import { SwitchField } from '../../../components/switch-field';
import { useTranslation } from 'react-i18next';
import { AgentTypeField } from '../components/agent-type-field';
import { lastAdminHint } from './last-admin-hint';
import { useAgentFormContext } from './use-agent-form';

/**
 * Administrator and reports administrator access, for admins only (only an admin can give admin
 * access). The last-administrator rule's refusal appears under the switch, with what to do.
 */
export function AdminAccess({ isViewer }: { isViewer: boolean }) {
  const { t } = useTranslation('agents');
  const form = useAgentFormContext();
  const adminError = form.errorOf('isAdmin');
  const hint = form.error && lastAdminHint(t)(form.error);
  const losingOwn = isViewer && form.base.isAdmin && !form.values.isAdmin;
  const light = form.values.type === 'LIGHT';
  return (
    <fieldset className="access-fieldset">
      <legend>{t('access.legend')}</legend>
      <AgentTypeField value={form.values.type} onChange={(type) => form.set('type', type)} error={form.errorOf('type')} />
      {light && form.base.type !== 'LIGHT' && <p className="alert alert-info">{t('access.toLight')}</p>}
      <SwitchField
        label={t('newAgent.fields.isAdmin')}
        hint={losingOwn ? t('access.ownAdmin') : t('newAgent.isAdminHint')}
        checked={form.values.isAdmin}
        disabled={light}
        onChange={(on) => form.set('isAdmin', on)}
        error={adminError && (hint ? `${adminError}. ${hint}` : adminError)}
      />
      <SwitchField
        label={t('newAgent.fields.isReportsAdmin')}
        hint={t('newAgent.isReportsAdminHint')}
        checked={form.values.isReportsAdmin}
        disabled={light}
        onChange={(on) => form.set('isReportsAdmin', on)}
        error={form.errorOf('isReportsAdmin')}
      />
    </fieldset>
  );
}
