import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Bool, DateCol, JsonCol, Str, TextCol } from '../../common/columns';
import { sortKey, type NotificationSettingValue, type StoredPhone } from '@roster/shared';

export enum AgentStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(AgentStatus, { name: 'AgentStatus' });

/** FULL agents use a license seat; LIGHT agents (Zendesk's light agents) read the CRM and add notes, nothing else (shared/agent-type.ts). */
export enum AgentType {
  FULL = 'FULL',
  LIGHT = 'LIGHT',
}
registerEnumType(AgentType, {
  name: 'AgentType',
  description:
    'FULL uses a license seat. LIGHT uses none: may sign in, browse and search the CRM, read records and add notes, nothing else.',
});

@Entity('agent')
@Index('ix_agent_external_id', ['externalId'])
@Index('ix_agent_type', ['type'])
@Index('ix_agent_business_unit', ['businessUnitId'])
@ObjectType({ description: 'A helpdesk agent. The email is the login.' })
export class Agent {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(254, { unique: true })
  @Field()
  email: string;

  @JsonCol()
  @Field(() => [String], { description: 'Additional email addresses (not used to sign in).' })
  extraEmails: string[];

  @Str(200)
  @Field()
  name: string;

  @Str(200, { nullable: true })
  @Field(() => String, { nullable: true, description: 'Override name shown to end users instead of the name.' })
  alias: string | null;

  // Order, cursors and prefix search use these keys (sortKey of name and alias), never the
  // names themselves: see withSortKeys. Binary collation on MySQL, set by the migration.
  @Str(255)
  nameKey: string;

  @Str(255, { nullable: true })
  aliasKey: string | null;

  /** Labelled numbers in E.164 (agent-phones.ts); GraphQL reads them through AgentPhonesResolver. Null reads as none. */
  @JsonCol({ nullable: true })
  phones: StoredPhone[] | null;

  @Str(64)
  @Field()
  timezone: string;

  @Str(16)
  @Field()
  language: string;

  /** The agent's business unit (modules/business-unit); its name is the GraphQL field businessUnit. */
  @Column({ type: 'integer', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The business unit (businessUnits) the agent is assigned to; null when none.' })
  businessUnitId: number | null;

  @Bool(false)
  @Field()
  isAdmin: boolean;

  @Bool(false)
  @Field()
  isReportsAdmin: boolean;

  @Str(16)
  @Field(() => AgentStatus)
  status: AgentStatus;

  @Str(8, { default: AgentType.FULL })
  @Field(() => AgentType)
  type: AgentType;

  @Bool(false)
  @Field()
  mustChangePassword: boolean;

  // Never exposed through GraphQL.
  @Str(255, { nullable: true })
  passwordHash: string | null;

  /** Until when the temporary password works (mustChangePassword); null: no limit, or the agent chose it. */
  @DateCol({ nullable: true })
  temporaryPasswordExpiresAt: Date | null;

  /** When the agent last signed in (a new session); shown to administrators and the agent (Agent.lastSignInAt). */
  @DateCol({ nullable: true })
  lastSignInAt: Date | null;

  @Bool(true)
  @Field()
  canEditOwnTicketNotifications: boolean;

  @TextCol()
  @Field(() => String, { nullable: true, description: 'Sanitised HTML.' })
  signature: string | null;

  @JsonCol()
  @Field(() => [String], { description: 'Permissions granted to this agent directly.' })
  permissions: string[];

  @JsonCol({ nullable: true })
  ticketNotificationSettings: NotificationSettingValue[] | null;

  @JsonCol({ nullable: true })
  otherNotificationSettings: NotificationSettingValue[] | null;

  /** The identity provider's id of this agent (SCIM User.externalId); never shown in GraphQL. */
  @Str(255, { nullable: true })
  externalId: string | null;

  @DateCol()
  @Field()
  createdAt: Date;

  @DateCol()
  @Field()
  updatedAt: Date;
}

type AgentKeys = 'nameKey' | 'aliasKey';

/**
 * The sort keys follow the name and alias: every write of an agent's name or alias goes through
 * here (newAgentRow for inserts, applyAgentChange for updates), so no caller computes them.
 */
export function withSortKeys<T extends Partial<Omit<Agent, AgentKeys>>>(patch: T): T & Partial<Pick<Agent, AgentKeys>> {
  const keys: Partial<Pick<Agent, AgentKeys>> = {};
  if (patch.name !== undefined) keys.nameKey = sortKey(patch.name);
  if (patch.alias !== undefined) keys.aliasKey = patch.alias === null ? null : sortKey(patch.alias);
  return { ...patch, ...keys };
}

/**
 * A complete row for a new agent: the defaults every way of creating one shares (form, invitation,
 * first admin, seed, fixtures). Relations and the change log are the caller's.
 */
export function newAgentRow(fields: Pick<Agent, 'email' | 'name'> & Partial<Omit<Agent, AgentKeys>>): Omit<Agent, 'id'> {
  const now = new Date();
  return withSortKeys({
    extraEmails: [],
    alias: null,
    phones: [],
    timezone: 'UTC',
    language: 'en',
    businessUnitId: null,
    isAdmin: false,
    isReportsAdmin: false,
    status: AgentStatus.ACTIVE,
    type: AgentType.FULL,
    mustChangePassword: false,
    passwordHash: null,
    temporaryPasswordExpiresAt: null,
    lastSignInAt: null,
    externalId: null,
    canEditOwnTicketNotifications: true,
    signature: null,
    permissions: [],
    ticketNotificationSettings: null,
    otherNotificationSettings: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  }) as Omit<Agent, 'id'>;
}
