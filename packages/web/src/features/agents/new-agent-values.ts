import type { TFunction } from 'i18next';
import { ALL_PERMISSIONS_GROUP_ID } from '@roster/shared';
import type { AgentType, CreateAgentInput } from '../../gql/graphql';
import { browserTimeZone } from '../../lib/locale-options';
import { toPhoneInput, type PhoneRow } from '../../components/phone-list/phone-rows';

export interface NewAgentValues {
  type: AgentType;
  email: string;
  name: string;
  alias: string;
  /** Labelled phones, as on the agent page's Profile tab; blank rows are not sent. */
  phones: PhoneRow[];
  timezone: string;
  language: string;
  /** The unit's id; '' for none. */
  businessUnitId: string;
  permissionGroupIds: string[];
  teamIds: string[];
  isAdmin: boolean;
  isReportsAdmin: boolean;
  sendWelcomeEmail: boolean;
  forcePasswordChange: boolean;
}

export type NewAgentField = keyof NewAgentValues;

export const NEW_AGENT_FIELDS = [
  'type',
  'email',
  'name',
  'alias',
  'phones',
  'timezone',
  'language',
  'businessUnitId',
  'permissionGroupIds',
  'teamIds',
  'isAdmin',
  'isReportsAdmin',
  'sendWelcomeEmail',
  'forcePasswordChange',
] as const satisfies readonly NewAgentField[];

/** Labels by field (`newAgent.fields.<field>`), which also word the server's field errors ("Email is already used"). */
export const newAgentLabels = (t: TFunction<'agents'>) =>
  Object.fromEntries(NEW_AGENT_FIELDS.map((f) => [f, t(`newAgent.fields.${f}`)])) as Record<NewAgentField, string>;

/** The same labels keyed by the API's input paths, for the form-level summary. */
export const newAgentInputLabels = (t: TFunction<'agents'>) =>
  Object.fromEntries(NEW_AGENT_FIELDS.map((f) => [`input.${f}`, t(`newAgent.fields.${f}`)]));

export function newAgentDefaults(): NewAgentValues {
  return {
    type: 'FULL',
    email: '',
    name: '',
    alias: '',
    phones: [],
    timezone: browserTimeZone(),
    language: 'en',
    businessUnitId: '',
    // What the API gives when none are named; shown so that the admin sees and can change it.
    permissionGroupIds: [String(ALL_PERMISSIONS_GROUP_ID)],
    teamIds: [],
    isAdmin: false,
    isReportsAdmin: false,
    sendWelcomeEmail: true,
    forcePasswordChange: true,
  };
}

const optional = (value: string) => value.trim() || undefined;

export function toCreateAgentInput(values: NewAgentValues): CreateAgentInput {
  const light = values.type === 'LIGHT';
  return {
    type: values.type,
    email: values.email.trim(),
    name: values.name.trim(),
    alias: optional(values.alias),
    phones: toPhoneInput(values.phones),
    timezone: values.timezone,
    language: values.language,
    businessUnitId: values.businessUnitId || undefined,
    // A light agent gets the light permissions: groups and admin access are not theirs to hold.
    permissionGroupIds: light ? [] : values.permissionGroupIds,
    teamIds: values.teamIds,
    isAdmin: light ? false : values.isAdmin,
    isReportsAdmin: light ? false : values.isReportsAdmin,
    sendWelcomeEmail: values.sendWelcomeEmail,
    forcePasswordChange: values.forcePasswordChange,
  };
}
