import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str, TextCol } from '../../common/columns';

/** An agent's CRM summary and contact information: one row per agent, made on the first save. */
@Entity('agent_crm_profile')
export class AgentCrmProfile {
  @PrimaryColumn({ type: 'int' })
  agentId: number;

  @TextCol()
  summary: string | null;

  @Str(50, { nullable: true })
  phone: string | null;

  @Str(500, { nullable: true })
  website: string | null;

  @Str(200, { nullable: true })
  im: string | null;

  @Str(50, { nullable: true })
  twitter: string | null;

  @Str(500, { nullable: true })
  linkedin: string | null;

  @Str(500, { nullable: true })
  facebook: string | null;

  @TextCol()
  address: string | null;

  @DateCol()
  updatedAt: Date;
}

/** The contact fields of a CRM profile, in the order forms and the change log show them. */
export const AGENT_CONTACT_FIELDS = ['phone', 'website', 'im', 'twitter', 'linkedin', 'facebook', 'address'] as const;
export type AgentContactField = (typeof AGENT_CONTACT_FIELDS)[number];

@ObjectType({ description: "An agent's CRM contact information (the phone is not the Preferences phone used for SMS)." })
export class AgentCrmContact implements Pick<AgentCrmProfile, AgentContactField> {
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) URL.' }) website: string | null;
  @Field(() => String, { nullable: true, description: 'Instant messaging handle.' }) im: string | null;
  @Field(() => String, { nullable: true, description: 'Twitter / X handle, stored without @.' }) twitter: string | null;
  @Field(() => String, { nullable: true, description: 'LinkedIn profile URL.' }) linkedin: string | null;
  @Field(() => String, { nullable: true, description: 'Facebook profile URL.' }) facebook: string | null;
  @Field(() => String, { nullable: true, description: 'Mailing address (several lines).' }) address: string | null;
}

/**
 * A note on an agent's CRM record. GraphQL shows it as the users' Note type (id, text, author
 * name, time); its ids are its own table's, so a client caching notes must not key them by id alone.
 */
@Entity('agent_crm_note')
export class AgentCrmNote {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  agentId: number;

  @TextCol({ nullable: false })
  text: string;

  @Str(16)
  authorKind: string;

  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @Str(200)
  authorName: string;

  @DateCol()
  createdAt: Date;
}
