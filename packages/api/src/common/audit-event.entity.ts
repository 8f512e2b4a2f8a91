import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str, TextCol } from './columns';

/**
 * One row of the audit log (modules/audit): who did what to what, when and from where. The
 * payload of an administrative change is not here: it stays in its change-log rows (same target,
 * same time, see `auditChangeKey`); `details` holds only what no change log holds (a security
 * event's facts), bounded to MAX_AUDIT_DETAILS characters. Kept in common beside the change log
 * because the change-log writer (common/change-log.ts) writes its events.
 */
@Entity('audit_event')
@Index('ix_audit_event_time', ['occurredAt', 'id'])
@Index('ix_audit_event_actor', ['actorAgentId', 'occurredAt', 'id'])
@Index('ix_audit_event_target', ['targetType', 'targetId', 'occurredAt', 'id'])
@Index('ix_audit_event_action', ['action', 'occurredAt', 'id'])
@ObjectType({ description: 'One event of the audit log (administrators, or API tokens with audit:read).' })
export class AuditEvent {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @DateCol()
  @Field()
  occurredAt: Date;

  @Str(64)
  @Field({ description: 'What happened, e.g. agent.updated, auth.sign_in, api_token.revoked.' })
  action: string;

  @Str(16)
  @Field({ description: 'AGENT, API_TOKEN, SYSTEM or IMPORT_JOB.' })
  actorKind: string;

  /** The agent, API token or import job id (by actorKind). */
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  /** The agent behind the actor: the agent, a token's creator, an import's starter. */
  @Column({ type: 'int', nullable: true })
  actorAgentId: number | null;

  @Str(200)
  @Field({ description: 'The name at the time (a snapshot).' })
  actorName: string;

  @Str(64, { nullable: true })
  @Field(() => String, { nullable: true })
  ip: string | null;

  @Str(120, { nullable: true })
  @Field(() => String, { nullable: true, description: 'The browser, shortened.' })
  userAgent: string | null;

  @Str(32, { nullable: true })
  @Field(() => String, { nullable: true, description: 'AGENT, TEAM, API_TOKEN, IMPORT, SETTING, ...' })
  targetType: string | null;

  @Str(64, { nullable: true })
  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Str(200, { nullable: true })
  @Field(() => String, { nullable: true, description: "The target's name or email at the time, when known." })
  targetLabel: string | null;

  @Str(16)
  @Field({ description: 'SUCCESS, FAILURE or REFUSED.' })
  outcome: string;

  @TextCol()
  @Field(() => String, { nullable: true, description: 'Facts of a security event as JSON (never a password or a secret).' })
  details: string | null;
}
