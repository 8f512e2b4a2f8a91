import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MaxItems } from '../../common/input-limits';
import { UserCustomFieldValueInput } from '../custom-field/custom-field.inputs';
import { CUSTOM_FIELD_LIMITS } from '../custom-field/custom-field.rules';
import { USER_LIMITS as L } from './user.validation';
import type { CreateUserFields, UpdateUserFields, UserFilterFields } from './user.types';

@InputType()
export class UserFilter implements UserFilterFields {
  @Field({
    nullable: true,
    description:
      'Words (at most 10), each the start of a word of the name or of an email address (the whole address, the pieces of its local part, its domain and inner labels), in any order.',
  })
  @MaxLength(200)
  search?: string;
  @Field(() => ID, { nullable: true }) organizationId?: string;
  @Field(() => ID, { nullable: true }) usergroupId?: string;
}

/** Fields that create and update share (type-graphql copies them into both; this class is not in the schema). */
@InputType()
abstract class UserFieldsInput {
  @Field(() => [ID], { nullable: true, description: 'On update: replaces the memberships.' })
  @MaxItems(L.usergroups)
  usergroupIds?: string[];
  @Field({ nullable: true }) @MaxLength(L.summary) summary?: string;
  @Field({ nullable: true }) @MaxLength(L.phone) phone?: string;
  @Field({ nullable: true }) @MaxLength(L.website) website?: string;
  @Field({ nullable: true }) @MaxLength(L.im) im?: string;
  @Field({ nullable: true }) @MaxLength(L.twitter) twitter?: string;
  @Field({ nullable: true }) @MaxLength(L.linkedin) linkedin?: string;
  @Field({ nullable: true }) @MaxLength(L.facebook) facebook?: string;
  @Field({ nullable: true }) @MaxLength(L.address) address?: string;
  @Field({ nullable: true }) @MaxLength(L.timezone) timezone?: string;
  @Field({ nullable: true }) @MaxLength(L.language) language?: string;
  @Field({ nullable: true }) isAutoResponder?: boolean;
  @Field(() => [UserCustomFieldValueInput], {
    nullable: true,
    description: 'Custom field values to set; the others stay. A null value clears one.',
  })
  @MaxItems(CUSTOM_FIELD_LIMITS.values)
  customFields?: UserCustomFieldValueInput[];
}

@InputType()
export class CreateUserInput extends UserFieldsInput implements CreateUserFields {
  @Field() @MaxLength(L.name) name: string;
  @Field(() => [String], { description: 'At least one; the first is primary.' }) @MaxItems(L.emails) emails: string[];
  @Field(() => ID, { nullable: true }) organizationId?: string;
}

@InputType({ description: 'Omitted fields stay as they are; null clears an optional field.' })
export class UpdateUserInput extends UserFieldsInput implements UpdateUserFields {
  @Field({ nullable: true }) @MaxLength(L.name) name?: string;
  @Field(() => ID, { nullable: true, description: 'null: no organization.' }) organizationId?: string;
}
