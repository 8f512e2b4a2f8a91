import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Bool, DateCol, Str, TextCol } from '../../common/columns';

/** An end user (a customer), not an agent. Table crm_user: `user` is a reserved word in places. */
@Entity('crm_user')
@ObjectType({ description: 'An end user (customer) record in the CRM.' })
export class User {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(200)
  @Field()
  name: string;

  /** sortKey(name): order, cursors and prefix search (binary collation on MySQL). */
  @Str(255)
  nameKey: string;

  @Column({ type: 'int', nullable: true })
  organizationId: number | null;

  @TextCol()
  @Field(() => String, { nullable: true, description: 'One free-text field (notes are separate).' })
  summary: string | null;

  @Str(50, { nullable: true })
  @Field(() => String, { nullable: true })
  phone: string | null;

  /** The phone's digits (and a leading +): duplicate suggestions compare these. */
  @Str(50, { nullable: true })
  phoneKey: string | null;

  @Str(500, { nullable: true })
  @Field(() => String, { nullable: true, description: 'http(s) URL.' })
  website: string | null;

  @Str(200, { nullable: true })
  @Field(() => String, { nullable: true, description: 'Instant messaging handle.' })
  im: string | null;

  @Str(50, { nullable: true })
  @Field(() => String, { nullable: true, description: 'Twitter / X handle, stored without @.' })
  twitter: string | null;

  @Str(500, { nullable: true })
  @Field(() => String, { nullable: true, description: 'LinkedIn profile URL.' })
  linkedin: string | null;

  @Str(500, { nullable: true })
  @Field(() => String, { nullable: true, description: 'Facebook profile URL.' })
  facebook: string | null;

  @TextCol()
  @Field(() => String, { nullable: true, description: 'Mailing address (several lines).' })
  address: string | null;

  @Str(64, { nullable: true })
  @Field(() => String, { nullable: true, description: 'IANA zone, e.g. Europe/London.' })
  timezone: string | null;

  @Str(16, { nullable: true })
  @Field(() => String, { nullable: true, description: 'Language tag, e.g. en or pt-BR.' })
  language: string | null;

  @Bool(false)
  @Field({ description: 'The mailbox answers automatically: no automatic replies are sent to this user.' })
  isAutoResponder: boolean;

  /**
   * A copy of the user's primary address (else the oldest; null without any), written by every
   * write of their addresses in the same transaction (syncPrimaryEmail): the CRM list reads it
   * from ix_crm_user_list with the name, a page one index range. The GraphQL field is primaryEmail.
   */
  @Str(254, { nullable: true })
  primaryEmail: string | null;

  /** Set while the user is merged into another (hidden from lists until the merge is undone). */
  @Column({ type: 'int', nullable: true })
  mergedIntoId: number | null;

  @DateCol()
  @Field()
  createdAt: Date;

  @DateCol()
  @Field()
  updatedAt: Date;
}

@Entity('user_email')
@ObjectType()
export class UserEmail {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  /** Normalised (trimmed, NFKC, lower-case); unique across users. */
  @Str(254, { unique: true })
  @Field()
  address: string;

  /** The part after @: duplicate suggestions. */
  @Str(254)
  domain: string;

  @Bool(false)
  @Field({ description: 'Notifications go to the primary address.' })
  isPrimary: boolean;

  @DateCol()
  createdAt: Date;
}

@Entity('user_note')
@ObjectType({
  description: "A note on a user or on an agent's CRM record, with its author and time. Ids are unique among one kind's notes only.",
})
export class Note {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @TextCol({ nullable: false })
  @Field()
  text: string;

  @Str(16)
  authorKind: string;

  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @Str(200)
  @Field()
  authorName: string;

  @DateCol()
  @Field()
  createdAt: Date;
}
