import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useMutation, useQuery } from '@apollo/client/react';
import { AGENT_OPTIONS_QUERY, CREATE_AGENT_MUTATION } from '../agents.graphql';
import { useViewer } from '../../auth/viewer-context';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { MultiSelect } from '../../../components/multi-select';
import { SwitchField } from '../../../components/switch-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { formFieldErrors } from '../../../lib/server-field-errors';
import { AgentTypeField } from './agent-type-field';
import { BusinessUnitSelect } from '../../business-units/components/business-unit-select';
import { PendingAvatarField } from '../avatar/profile-image-field';
import { avatarErrorMessage, uploadAgentAvatar } from '../avatar/use-agent-avatar';
import { LanguageField } from '../../../components/language-field';
import { TimezoneField } from '../../../components/timezone-field';
import { PhoneListEditor } from '../../../components/phone-list/phone-list-editor';
import { phoneRowErrors } from '../../../components/phone-list/phone-rows';
import { phoneErrorLabel } from '../phone-error-label';
import { usePermissionLabels } from '../../permission-groups/permission-labels';
import {
  NEW_AGENT_FIELDS,
  newAgentInputLabels,
  newAgentLabels,
  newAgentDefaults,
  toCreateAgentInput,
  type NewAgentValues,
} from '../new-agent-values';

export interface CreatedAgent {
  id: string;
  name: string;
  email: string;
  temporaryPassword: string | null;
  welcomeEmailSent: boolean;
  /** The chosen profile image was refused after the agent was created (the agent page can try again). */
  imageError?: string;
}

type SwitchName = 'isAdmin' | 'isReportsAdmin' | 'sendWelcomeEmail' | 'forcePasswordChange';

type TextName = 'email' | 'name' | 'alias';
// The phone rows' errors (`input.phones.1.number`) sit in their rows, not on one form field.
const FORM_FIELDS = NEW_AGENT_FIELDS.filter((f) => f !== 'phones');

/** The form's labels by input path, with words for each phone an error names. */
const alertLabels = (t: TFunction<'agents'>, errors: Record<string, string>): Record<string, string> => ({
  ...newAgentInputLabels(t),
  ...Object.fromEntries(
    Object.keys(errors).flatMap((path) => {
      const label = phoneErrorLabel(t, path, t('newAgent.fields.phones'));
      return label ? [[path, label]] : [];
    }),
  ),
});

/** The error once the phones changed: their rows' errors no longer point at the rows they named. */
function withoutPhoneErrors(error: DisplayError | null): DisplayError | null {
  if (!error) return error;
  const fields = Object.fromEntries(Object.entries(error.fields).filter(([path]) => !path.startsWith('input.phones')));
  if (Object.keys(fields).length === Object.keys(error.fields).length) return error;
  return Object.keys(fields).length ? { ...error, fields } : null;
}

/** The new-agent form: client checks first, then the API's field errors next to their fields. */
export function NewAgentForm({ onCreated }: { onCreated: (agent: CreatedAgent) => void }) {
  const { t } = useTranslation('agents');
  const LABELS = newAgentLabels(t);
  const { groupName } = usePermissionLabels();
  const viewer = useViewer();
  const { data: options } = useQuery(AGENT_OPTIONS_QUERY);
  const [createAgent] = useMutation(CREATE_AGENT_MUTATION, {
    // Every cached agents list is stale now: drop them, and visible ones fetch again.
    update(cache) {
      cache.evict({ fieldName: 'agents' });
      cache.gc();
    },
  });
  const [formError, setFormError] = useState<DisplayError | null>(null);
  // An error that names no field of the form (no seat left, no access) has no field to take focus:
  // the alert by the Create button takes it, so that it is seen and read out.
  const [focusAlert, setFocusAlert] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusAlert) return;
    alertRef.current?.focus({ preventScroll: true });
    // The alert and the buttons under it in view together.
    alertRef.current?.scrollIntoView({ block: 'nearest' });
    actionsRef.current?.scrollIntoView({ block: 'nearest' });
  }, [focusAlert]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NewAgentValues>({ defaultValues: newAgentDefaults() });
  const light = useWatch({ control, name: 'type' }) === 'LIGHT';
  const [nameValue, emailValue] = useWatch({ control, name: ['name', 'email'] });
  const [image, setImage] = useState<File | null>(null);
  const serverErrors = formError?.fields ?? {};

  const onSubmit = async (values: NewAgentValues) => {
    setFormError(null);
    try {
      const result = await createAgent({ variables: { input: toCreateAgentInput(values) } });
      const created = result.data?.createAgent;
      if (!created) throw new Error('createAgent returned no agent');
      const { id, name, email } = created.agent;
      // The agent exists now: its image goes to its own endpoint, and a refusal does not undo the agent.
      const imageError = image ? await uploadAgentAvatar(id, image).then(() => undefined, avatarErrorMessage) : undefined;
      onCreated({
        id,
        name,
        email,
        temporaryPassword: created.temporaryPassword ?? null,
        welcomeEmailSent: values.sendWelcomeEmail,
        imageError,
      });
    } catch (error) {
      const shown = toDisplayError(error);
      const { fields, byPath } = formFieldErrors(shown, FORM_FIELDS);
      Object.entries(fields).forEach(([name, message], index) =>
        setError(name as keyof NewAgentValues, { type: 'server', message }, { shouldFocus: index === 0 }),
      );
      setFormError({ ...shown, fields: byPath });
      if (!Object.keys(fields).length) setFocusAlert((n) => n + 1);
    }
  };

  const text = (name: TextName, rules: { required?: boolean; hint?: string; type?: string; autoComplete?: string } = {}) => (
    <FormField label={LABELS[name]} error={errors[name]?.message} hint={rules.hint}>
      {(control) => (
        <input
          {...control}
          {...register(name, rules.required ? { validate: (v) => v.trim() !== '' || t('newAgent.required') } : {})}
          type={rules.type ?? 'text'}
          autoComplete={rules.autoComplete ?? 'off'}
          aria-required={rules.required || undefined}
        />
      )}
    </FormField>
  );

  const switchFor = (name: SwitchName) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <SwitchField
          label={LABELS[name]}
          hint={t(`newAgent.${name}Hint`)}
          checked={field.value}
          onChange={field.onChange}
          error={errors[name]?.message}
        />
      )}
    />
  );

  // Built outside the JSX: their field names are code, not text.
  const switches = {
    isAdmin: switchFor('isAdmin'),
    isReportsAdmin: switchFor('isReportsAdmin'),
    sendWelcomeEmail: switchFor('sendWelcomeEmail'),
    forcePasswordChange: switchFor('forcePasswordChange'),
  };

  const groups = (options?.permissionGroups ?? []).map((g) => ({
    value: g.id,
    label: groupName(g),
    note: g.builtIn ? t('newAgent.builtIn') : undefined,
  }));
  const teams = (options?.teams ?? []).map((t) => ({ value: t.id, label: t.name }));

  return (
    <form className="form agent-form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <section className="form-section" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('newAgent.profile')}</h2>
        <PendingAvatarField person={{ name: nameValue, email: emailValue }} file={image} onChange={setImage} />
        <div className="form-grid">
          {text('email', { required: true, type: 'email', hint: t('newAgent.emailHint') })}
          {text('name', { required: true })}
          {text('alias', { hint: t('newAgent.aliasHint') })}
          <Controller
            control={control}
            name="businessUnitId"
            render={({ field }) => (
              <BusinessUnitSelect
                label={LABELS.businessUnitId}
                value={field.value}
                onChange={field.onChange}
                error={errors.businessUnitId?.message}
              />
            )}
          />
        </div>
        <Controller
          control={control}
          name="phones"
          render={({ field }) => (
            <PhoneListEditor
              title={LABELS.phones}
              hint={t('newAgent.phonesHint')}
              rows={field.value}
              onChange={(rows) => {
                field.onChange(rows);
                setFormError(withoutPhoneErrors);
              }}
              errors={phoneRowErrors(serverErrors, 'input.phones')}
              listError={serverErrors['input.phones']}
            />
          )}
        />
      </section>

      <section className="form-section" aria-labelledby="locale-heading">
        <h2 id="locale-heading">{t('newAgent.localeHeading')}</h2>
        <div className="form-grid">
          <Controller
            control={control}
            name="timezone"
            render={({ field }) => <TimezoneField value={field.value} onChange={field.onChange} error={errors.timezone?.message} />}
          />
          <Controller
            control={control}
            name="language"
            render={({ field }) => <LanguageField value={field.value} onChange={field.onChange} error={errors.language?.message} />}
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="access-heading">
        <h2 id="access-heading">{t('newAgent.access')}</h2>
        <Controller
          control={control}
          name="type"
          render={({ field }) => <AgentTypeField value={field.value} onChange={field.onChange} error={errors.type?.message} />}
        />
        <div className="form-grid">
          {!light && (
            <Controller
              control={control}
              name="permissionGroupIds"
              render={({ field }) => (
                <MultiSelect
                  label={LABELS.permissionGroupIds}
                  hint={t('newAgent.groupsHint')}
                  options={groups}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.permissionGroupIds?.message}
                />
              )}
            />
          )}
          <Controller
            control={control}
            name="teamIds"
            render={({ field }) => (
              <MultiSelect
                label={LABELS.teamIds}
                options={teams}
                value={field.value}
                onChange={field.onChange}
                error={errors.teamIds?.message}
                emptyText={t('newAgent.noTeams')}
              />
            )}
          />
        </div>
        {viewer.isAdmin && !light && switches.isAdmin}
        {!light && switches.isReportsAdmin}
      </section>

      <section className="form-section" aria-labelledby="welcome-heading">
        <h2 id="welcome-heading">{t('newAgent.gettingStarted')}</h2>
        {switches.sendWelcomeEmail}
        {switches.forcePasswordChange}
      </section>

      <FormAlert error={formError} labels={alertLabels(t, serverErrors)} ref={alertRef} />
      <div className="form-actions" ref={actionsRef}>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('newAgent.creating') : t('newAgent.create')}
        </button>
        <Link to="/agents" className="button button-secondary">
          {t('shared.cancel')}
        </Link>
      </div>
    </form>
  );
}
