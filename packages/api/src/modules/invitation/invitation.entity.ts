import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Bool, DateCol, JsonCol, Str } from '../../common/columns';
import { AgentType } from '../agent/agent.entity';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@Entity('invitation')
@ObjectType()
export class Invitation {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(254)
  @Index()
  @Field()
  email: string;

  @Str(200, { nullable: true })
  @Field(() => String, { nullable: true })
  name: string | null;

  @Bool(false)
  @Field()
  isAdmin: boolean;

  /** The type of agent that accepting creates; a LIGHT invitation holds no seat. */
  @Str(8, { default: AgentType.FULL })
  @Field(() => AgentType)
  agentType: AgentType;

  /** The invitee's language tag: the email's language and the accepting agent's (null: sent before it was stored; English). */
  @Str(16, { nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The invitee's language (a tag such as de or en): the email's, and the new agent's.",
  })
  language: string | null;

  @JsonCol()
  teamIds: number[];

  @JsonCol()
  permissionGroupIds: number[];

  @Str(64, { unique: true })
  tokenHash: string;

  // Stored status; PENDING past expiresAt reads as EXPIRED (see invitationStatus in invitation.service.ts).
  @Str(16)
  storedStatus: InvitationStatus;

  @Column({ type: 'int', nullable: true })
  invitedById: number | null;

  @Str(200)
  @Field()
  invitedByName: string;

  @DateCol()
  @Field()
  createdAt: Date;

  @DateCol()
  @Field()
  expiresAt: Date;

  /** When the email last went out: the invite, then each resend (null only before migration 1764721000000 backfilled it). */
  @DateCol({ nullable: true })
  @Field(() => Date, { description: 'When the invitation email was last sent (the invite, or the latest resend).' })
  lastSentAt: Date;

  @DateCol({ nullable: true })
  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @DateCol({ nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}
