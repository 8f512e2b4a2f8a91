import { use, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { usePermissionLabels } from '../../permission-groups/permission-labels';
import { useQuery } from '@apollo/client/react';
import { ALL_PERMISSIONS_GROUP_ID } from '@roster/shared';
import { AGENT_OPTIONS_QUERY } from '../../agents/agents.graphql';
import { MultiSelect } from '../../../components/multi-select';
import { formFieldErrors } from '../../../lib/server-field-errors';
import type { DisplayError } from '../../../lib/errors';
import type { AgentType } from '../../../gql/graphql';
import { AgentTypeField } from '../../agents/components/agent-type-field';
import { LanguageField } from '../../../components/language-field';
import { ViewerContext } from '../../auth/viewer-context';

/** What an invitation gives besides the address (inviteAgent's input, bulkInviteAgents' arguments). */
export interface InviteOptions {
  /** The type of agent accepting creates: a light one holds no seat, no admin access and no groups. */
  agentType: AgentType;
  isAdmin: boolean;
  permissionGroupIds: string[];
  teamIds: string[];
  /** The invitee's language tag: the invitation email's, and the new agent's (the inviting agent's to start with). */
  language: string;
}

export type InviteOptionField = 'permissionGroupIds' | 'teamIds' | 'language';
export const INVITE_OPTION_FIELDS: readonly InviteOptionField[] = ['permissionGroupIds', 'teamIds', 'language'];

/** Labels by field: the lists' legends, and the words of the API's field errors about them. */
export const inviteOptionLabels = (t: TFunction<'invitations'>): Record<InviteOptionField, string> => ({
  permissionGroupIds: t('options.permissionGroups'),
  teamIds: t('options.teams'),
  language: t('options.language'),
});

/** @deprecated English only (the bulk invite's labels still read it): use `inviteOptionLabels(t)`. */
export const INVITE_OPTION_LABELS: Record<InviteOptionField, string> = {
  permissionGroupIds: 'Permission groups',
  teamIds: 'Teams',
  language: 'Language',
};

/** The quick invite: an agent with All Permissions, in no team, in the inviting agent's language. */
const QUICK_INVITE: Omit<InviteOptions, 'language'> = {
  agentType: 'FULL',
  isAdmin: false,
  permissionGroupIds: [String(ALL_PERMISSIONS_GROUP_ID)],
  teamIds: [],
};

/**
 * The options' state, and the API's field errors about them (`input.teamIds` for inviteAgent,
 * `teamIds` for bulkInviteAgents: `prefix`). The options stay after an invitation is sent, so that
 * the next person joins the same way.
 */
export function useInviteOptions(prefix: string) {
  const inviter = use(ViewerContext)?.language ?? 'en';
  const [options, setOptions] = useState<InviteOptions>(() => ({ ...QUICK_INVITE, language: inviter }));
  const [errors, setErrors] = useState<Partial<Record<InviteOptionField, string>>>({});
  return {
    options,
    setOptions,
    errors,
    /** Keeps the API's errors about the options (and clears them with null). */
    showErrors: (error: DisplayError | null) => setErrors(error ? formFieldErrors(error, INVITE_OPTION_FIELDS, prefix).fields : {}),
  };
}

interface InviteOptionsFieldsProps {
  value: InviteOptions;
  onChange: (next: InviteOptions) => void;
  errors?: Partial<Record<InviteOptionField, string>>;
}

/** Role (agent or administrator), permission groups and teams of an invitation. */
export function InviteOptionsFields({ value, onChange, errors = {} }: InviteOptionsFieldsProps) {
  const id = useId();
  const { t } = useTranslation('invitations');
  const { groupName } = usePermissionLabels();
  const labels = inviteOptionLabels(t);
  const { data } = useQuery(AGENT_OPTIONS_QUERY);
  const groups = (data?.permissionGroups ?? []).map((g) => ({
    value: g.id,
    label: groupName(g),
    note: g.builtIn ? t('options.builtIn') : undefined,
  }));
  const teams = (data?.teams ?? []).map((team) => ({ value: team.id, label: team.name }));
  const roles = [
    { isAdmin: false, label: t('options.agent') },
    { isAdmin: true, label: t('options.administrator') },
  ];
  const light = value.agentType === 'LIGHT';
  // A light agent gets the light permissions: no role or groups to choose; back to full, the quick invite's.
  const setType = (agentType: AgentType) =>
    onChange(
      agentType === 'LIGHT'
        ? { ...value, agentType, isAdmin: false, permissionGroupIds: [] }
        : {
            ...value,
            agentType,
            permissionGroupIds: value.permissionGroupIds.length ? value.permissionGroupIds : QUICK_INVITE.permissionGroupIds,
          },
    );
  return (
    <div className="invite-options">
      <AgentTypeField value={value.agentType} onChange={setType} />
      {!light && (
        <fieldset className="invite-role" aria-describedby={`${id}-role-hint`}>
          <legend>{t('options.role')}</legend>
          <div className="radio-row">
            {roles.map((role) => (
              <label key={String(role.isAdmin)}>
                <input
                  type="radio"
                  name={`${id}-role`}
                  checked={value.isAdmin === role.isAdmin}
                  onChange={() => onChange({ ...value, isAdmin: role.isAdmin })}
                />
                {role.label}
              </label>
            ))}
          </div>
          <p id={`${id}-role-hint`} className="field-hint">
            {t('options.roleHint')}
          </p>
        </fieldset>
      )}
      {!light && (
        <MultiSelect
          label={labels.permissionGroupIds}
          hint={t('options.permissionGroupsHint')}
          options={groups}
          value={value.permissionGroupIds}
          onChange={(permissionGroupIds) => onChange({ ...value, permissionGroupIds })}
          error={errors.permissionGroupIds}
        />
      )}
      <MultiSelect
        label={labels.teamIds}
        options={teams}
        value={value.teamIds}
        onChange={(teamIds) => onChange({ ...value, teamIds })}
        error={errors.teamIds}
        emptyText={t('options.noTeams')}
      />
      <LanguageField
        hint={t('options.languageHint')}
        value={value.language}
        onChange={(language) => onChange({ ...value, language })}
        error={errors.language}
      />
    </div>
  );
}
