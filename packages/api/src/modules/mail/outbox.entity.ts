import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, JsonCol, Str, TextCol } from '../../common/columns';

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(OutboxStatus, { name: 'OutboxStatus' });

export interface OutboxAttachment {
  filename: string;
  /** A named generator (e.g. 'quick-start-guide') so the outbox row stays small. */
  source: string;
  contentType: string;
}

/** An email waiting for delivery. Written in the same transaction as the change that causes it. */
@Entity('mail_outbox')
@Index(['status', 'nextAttemptAt'])
@ObjectType('OutboxMessage')
export class OutboxMessage {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(254)
  @Field()
  toAddress: string;

  @Str(300)
  @Field()
  subject: string;

  // Bodies can carry temporary passwords and invitation links: never exposed through GraphQL,
  // and blanked once delivered (the development outbox keeps .eml files for newcomers instead).
  @TextCol({ nullable: false })
  textBody: string;

  @TextCol()
  htmlBody: string | null;

  @JsonCol()
  attachments: OutboxAttachment[];

  @Str(16)
  @Field(() => OutboxStatus)
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  attempts: number;

  @TextCol()
  @Field(() => String, { nullable: true })
  lastError: string | null;

  @DateCol()
  @Field()
  nextAttemptAt: Date;

  @DateCol()
  @Field()
  createdAt: Date;

  @DateCol({ nullable: true })
  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
}
