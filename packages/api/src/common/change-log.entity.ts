import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str, TextCol } from './columns';

export enum ChangeLogEntityType {
  AGENT = 'AGENT',
  USER = 'USER',
  INVITATION = 'INVITATION',
  PERMISSION_GROUP = 'PERMISSION_GROUP',
  TEAM = 'TEAM',
  DEPARTMENT = 'DEPARTMENT',
  API_TOKEN = 'API_TOKEN',
  ORGANIZATION = 'ORGANIZATION',
  USERGROUP = 'USERGROUP',
  /** Helpdesk settings; the entity id is the setting's name. */
  SETTING = 'SETTING',
  USER_CUSTOM_FIELD = 'USER_CUSTOM_FIELD',
  SSO_PROVIDER = 'SSO_PROVIDER',
  BUSINESS_UNIT = 'BUSINESS_UNIT',
}
registerEnumType(ChangeLogEntityType, { name: 'ChangeLogEntityType' });

@Entity('change_log')
@Index(['entityType', 'entityId', 'id'])
@ObjectType()
export class ChangeLogEntry {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(32)
  entityType: ChangeLogEntityType;

  @Str(64)
  entityId: string;

  @Str(100)
  @Field()
  field: string;

  @TextCol()
  @Field(() => String, { nullable: true })
  oldValue: string | null;

  @TextCol()
  @Field(() => String, { nullable: true })
  newValue: string | null;

  @Str(16)
  @Field({ description: 'AGENT, API_TOKEN or SYSTEM.' })
  actorKind: string;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Str(200)
  @Field()
  actorName: string;

  @Str(200, { nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the change was made, when it was part of something larger ("import #12").' })
  reason: string | null;

  @DateCol()
  @Field()
  createdAt: Date;
}
