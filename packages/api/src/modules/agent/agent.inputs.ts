import { MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { MAX_PHONES, PASSWORD_MAX_LENGTH } from '@roster/shared';
import { MAX_EXTRA_EMAILS, MAX_NOTIFICATION_SETTINGS, MAX_PERMISSION_KEYS, MaxItems } from '../../common/input-limits';
import { DepartmentAccessInput } from '../department/department.inputs';
import { AgentStatus, AgentType } from './agent.entity';
import { AgentPhoneInput } from './agent-phones.inputs';
import { AgentSettingsSection, BulkUpdateAgentsFields, CreateAgentFields, UpdateAgentFields } from './agent.types';

export { AgentSettingsSection };

registerEnumType(AgentSettingsSection, { name: 'AgentSettingsSection' });

@InputType()
export class NotificationSettingInput {
  @Field() event: string;
  @Field() email: boolean;
  @Field() browser: boolean;
}

@InputType()
export class AgentFilter {
  @Field({ nullable: true, description: 'Words (at most 10), each the start of a word of the name, alias or email, in any order.' })
  @MaxLength(200)
  search?: string;
  @Field(() => ID, { nullable: true }) teamId?: string;
  @Field(() => ID, { nullable: true }) permissionGroupId?: string;
  @Field(() => AgentStatus, { nullable: true }) status?: AgentStatus;
  @Field({ nullable: true }) isAdmin?: boolean;
  @Field(() => AgentType, { nullable: true }) type?: AgentType;
  @Field(() => ID, { nullable: true, description: 'Agents assigned to this business unit.' }) businessUnitId?: string;
}

export enum AgentOrderField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
}
registerEnumType(AgentOrderField, {
  name: 'AgentOrderField',
  description: 'Orders that page by an index: NAME (accent- and case-folded sort key), EMAIL.',
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'Ties are broken by id; a cursor only continues the order it came from.' })
export class AgentOrder {
  @Field(() => AgentOrderField) field: AgentOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction?: SortDirection;
}

/** Fields that create and update share; all optional here, create makes email and name required. */
// type-graphql copies a base class's fields into subclasses only when the base class is decorated
// too; no resolver names AgentFieldsInput, so it stays out of the emitted schema.
@InputType()
abstract class AgentFieldsInput {
  @Field(() => AgentType, {
    nullable: true,
    description: 'Omitted on create: FULL. LIGHT agents use no seat and hold no admin access or write permissions.',
  })
  type?: AgentType;
  @Field({ nullable: true }) @MaxLength(200) alias?: string;
  @Field({ nullable: true }) @MaxLength(50) phone?: string;
  @Field({ nullable: true }) @MaxLength(50) landlinePhone?: string;
  @Field({ nullable: true }) @MaxLength(50) mobilePhone?: string;
  @Field(() => [AgentPhoneInput], {
    nullable: true,
    description: 'Replaces every phone of the agent; not with phone, landlinePhone or mobilePhone.',
  })
  @MaxItems(MAX_PHONES)
  phones?: AgentPhoneInput[];
  @Field({ nullable: true, description: 'IANA zone, e.g. Europe/London.' }) @MaxLength(64) timezone?: string;
  @Field({ nullable: true, description: 'Language tag, e.g. en or pt-BR.' }) @MaxLength(16) language?: string;
  @Field({ nullable: true, description: 'The business unit by name (an existing one; businessUnits). Empty or null: none.' })
  @MaxLength(200)
  businessUnit?: string;
  @Field(() => ID, { nullable: true, description: 'The business unit by id (instead of businessUnit); null: none.' })
  businessUnitId?: string;
  @Field(() => [String], { nullable: true }) @MaxItems(MAX_EXTRA_EMAILS) extraEmails?: string[];
  @Field(() => [ID], { nullable: true, description: 'Omitted on create: [1] All Permissions.' }) permissionGroupIds?: string[];
  @Field(() => [String], { nullable: true }) @MaxItems(MAX_PERMISSION_KEYS) permissions?: string[];
  @Field(() => [ID], { nullable: true }) teamIds?: string[];
  @Field(() => [DepartmentAccessInput], { nullable: true }) departments?: DepartmentAccessInput[];
  @Field(() => [NotificationSettingInput], { nullable: true })
  @MaxItems(MAX_NOTIFICATION_SETTINGS)
  ticketNotifications?: NotificationSettingInput[];
  @Field(() => [NotificationSettingInput], { nullable: true })
  @MaxItems(MAX_NOTIFICATION_SETTINGS)
  otherNotifications?: NotificationSettingInput[];
  @Field({ nullable: true }) canEditOwnTicketNotifications?: boolean;
  @Field({ nullable: true, description: 'HTML; sanitised on write.' }) @MaxLength(20000) signature?: string;
}

@InputType()
export class CreateAgentInput extends AgentFieldsInput implements CreateAgentFields {
  @Field() @MaxLength(254) email: string;
  @Field() @MaxLength(200) name: string;
  @Field({ nullable: true, defaultValue: false }) isAdmin: boolean;
  @Field({ nullable: true, defaultValue: false }) isReportsAdmin: boolean;
  @Field({ nullable: true, defaultValue: true, description: 'Login details + Quick Start Guide PDF.' }) sendWelcomeEmail: boolean;
  @Field({ nullable: true, defaultValue: true }) forcePasswordChange: boolean;
  @Field({ nullable: true, description: 'Initial password; omitted: a temporary one is generated and returned once.' }) password?: string;
  @Field(() => ID, { nullable: true }) copySettingsFrom?: string;
  @Field(() => [AgentSettingsSection], { nullable: true, description: 'Omitted with copySettingsFrom: all sections.' })
  copySections?: AgentSettingsSection[];
}

@InputType()
export class UpdateAgentInput extends AgentFieldsInput implements UpdateAgentFields {
  @Field({ nullable: true }) @MaxLength(254) email?: string;
  @Field({ nullable: true }) @MaxLength(200) name?: string;
  @Field({ nullable: true }) isAdmin?: boolean;
  @Field({ nullable: true }) isReportsAdmin?: boolean;
  @Field(() => AgentStatus, { nullable: true }) status?: AgentStatus;
  @Field({ nullable: true, description: 'true: the agent must change their password at the next sign-in.' }) forcePasswordChange?: boolean;
  @Field({ nullable: true, description: 'Your own current password: required to change your own email (the login).' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword?: string;
}

@InputType({ description: "Applied to each agent's current teams and groups; unlisted ones are left as they are." })
export class BulkUpdateAgentsInput implements BulkUpdateAgentsFields {
  @Field(() => [ID], { nullable: true }) addTeamIds?: string[];
  @Field(() => [ID], { nullable: true }) removeTeamIds?: string[];
  @Field(() => [ID], { nullable: true }) addPermissionGroupIds?: string[];
  @Field(() => [ID], { nullable: true }) removePermissionGroupIds?: string[];
  @Field(() => AgentStatus, { nullable: true, description: "DISABLED ends the agents' sessions." }) status?: AgentStatus;
}
