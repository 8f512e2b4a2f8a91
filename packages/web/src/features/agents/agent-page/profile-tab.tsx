import { use, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageField } from '../../../components/language-field';
import { TextField } from '../../../components/text-field';
import { TimezoneField } from '../../../components/timezone-field';
import { PhoneListEditor } from '../../../components/phone-list/phone-list-editor';
import { phoneRowErrors } from '../../../components/phone-list/phone-rows';
import { asksCurrentPassword, type ProfileField } from './agent-form';
import { ExtraEmails } from './extra-emails';
import { BusinessUnitSelect } from '../../business-units/components/business-unit-select';
import { useAgentFormContext } from './use-agent-form';
import type { AgentDetails, TabProps } from './agent-page-types';
import { AgentAvatarEditor } from '../avatar/profile-image-field';
import { ViewerContext } from '../../auth/viewer-context';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'>;

interface ProfileTabProps extends Pick<TabProps, 'readOnly'> {
  /** Without it (tests of the fields alone), no profile image. */
  agent?: AgentDetails;
  isViewer?: boolean;
}

/** Profile image, name, alias, email, phones, timezone, language, business unit and extra emails; errors sit by their fields. */
export function ProfileTab({ readOnly, agent, isViewer = false }: ProfileTabProps) {
  const { t } = useTranslation(['agents', 'common']);
  const form = useAgentFormContext();
  const viewer = use(ViewerContext);
  // The agent edit rule (the API's): admins change anyone's image, an agent their own with profile.edit_own.
  const canEditImage = !!viewer && (viewer.isAdmin || (isViewer && viewer.effectivePermissions.includes('profile.edit_own')));
  // The viewer's own login email changes only with their current password (the API asks for it).
  const askPassword = asksCurrentPassword(form.self, form.base, form.values);

  const field = (name: ProfileField, props: InputProps & { hint?: string } = {}) => (
    <TextField
      label={t(`fields.${name}`)}
      value={form.values[name]}
      onChange={(value) => form.set(name, value)}
      error={form.errorOf(name)}
      {...props}
    />
  );

  return (
    <div className="tab-body">
      {agent && <AgentAvatarEditor agent={agent} canEdit={canEditImage} />}
      <fieldset disabled={readOnly} className="form-grid">
        <legend className="visually-hidden">{t('profile.legend')}</legend>
        {field('name', { autoComplete: 'off' })}
        {field('alias', { autoComplete: 'off', hint: t('profile.aliasHint') })}
        {field('email', { type: 'email', autoComplete: 'off' })}
        {askPassword && (
          <TextField
            label={t('common:currentPassword')}
            type="password"
            autoComplete="current-password"
            required
            hint={t('common:currentPasswordHint')}
            value={form.values.currentPassword}
            onChange={(value) => form.set('currentPassword', value)}
            error={form.errorOf('currentPassword')}
          />
        )}
        <TimezoneField value={form.values.timezone} onChange={(v) => form.set('timezone', v)} error={form.errorOf('timezone')} />
        <LanguageField value={form.values.language} onChange={(v) => form.set('language', v)} error={form.errorOf('language')} />
        <BusinessUnitSelect
          label={t('fields.businessUnitId')}
          value={form.values.businessUnitId}
          onChange={(v) => form.set('businessUnitId', v)}
          error={form.errorOf('businessUnitId')}
        />
      </fieldset>
      <PhoneListEditor
        title={t('fields.phones')}
        hint={t('newAgent.phonesHint')}
        rows={form.values.phones}
        onChange={(rows) => form.set('phones', rows)}
        errors={phoneRowErrors(form.errors, 'input.phones')}
        listError={form.errors['input.phones']}
        readOnly={readOnly}
      />
      <ExtraEmails readOnly={readOnly} />
    </div>
  );
}
