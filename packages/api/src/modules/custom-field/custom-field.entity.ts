import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Bool, DateCol, JsonCol, Str, TextCol } from '../../common/columns';

export enum UserCustomFieldType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  DROPDOWN = 'DROPDOWN',
  CHECKBOX = 'CHECKBOX',
}
registerEnumType(UserCustomFieldType, {
  name: 'UserCustomFieldType',
  description: 'How a custom field is typed: values are stored as canonical text (see UserCustomFieldValue).',
});

/** A property of users that an admin defines (Properties section of the CRM record). */
@Entity('user_custom_field')
@ObjectType({ description: 'A custom property of users, defined by an admin.' })
export class UserCustomField {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(80)
  @Field()
  name: string;

  /** The name folded (NFKC, lower case): unique, so that "Plan" and "plan" are one field on both databases. */
  @Str(80, { unique: true })
  nameKey: string;

  @Str(16)
  @Field(() => UserCustomFieldType)
  type: UserCustomFieldType;

  @TextCol()
  @Field(() => String, { nullable: true, description: 'Shown to agents under the field.' })
  description: string | null;

  /** DROPDOWN choices in order; [] for the other types. */
  @JsonCol()
  @Field(() => [String], { description: 'The choices of a DROPDOWN, in order; empty for other types.' })
  options: string[];

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Order on the record (ascending).' })
  position: number;

  @Bool(true)
  @Field({ description: 'Disabled fields keep their values but are not shown or written.' })
  enabled: boolean;

  @DateCol()
  @Field()
  createdAt: Date;

  @DateCol()
  updatedAt: Date;
}

/** One user's value of one custom field, canonical text (see normaliseValue). */
@Entity('user_custom_value')
export class UserCustomValue {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @PrimaryColumn({ type: 'int' })
  fieldId: number;

  @TextCol({ nullable: false })
  value: string;
}

@ObjectType({ description: "A user's value of a custom field." })
export class UserCustomFieldValue {
  @Field(() => UserCustomField)
  field: UserCustomField;

  @Field({
    description: 'Canonical text: NUMBER a decimal ("-12.5"), DATE YYYY-MM-DD, CHECKBOX "true" or "false", DROPDOWN one of the options.',
  })
  value: string;
}
