import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MaxItems } from '../../common/input-limits';
import { UserCustomFieldType } from './custom-field.entity';
import { CUSTOM_FIELD_LIMITS as L } from './custom-field.rules';
import type { CustomFieldValueFields } from './custom-field.values';

@InputType({ description: 'A DROPDOWN option renamed: users holding `from` get `to`.' })
export class CustomFieldOptionRename {
  @Field() @MaxLength(L.option) from: string;
  @Field() @MaxLength(L.option) to: string;
}

@InputType()
abstract class CustomFieldDefinitionFields {
  @Field(() => String, { nullable: true }) @MaxLength(L.description) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'DROPDOWN only: the choices, in order.' })
  @MaxItems(L.options)
  options?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Order on the record; a new field goes last.' }) position?: number | null;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
}

@InputType()
export class CreateUserCustomFieldInput extends CustomFieldDefinitionFields {
  @Field() @MaxLength(L.name) name: string;
  @Field(() => UserCustomFieldType) type: UserCustomFieldType;
}

@InputType({ description: 'Omitted fields stay as they are. The type cannot change (the values would not fit it).' })
export class UpdateUserCustomFieldInput extends CustomFieldDefinitionFields {
  @Field(() => String, { nullable: true }) @MaxLength(L.name) name?: string | null;
  @Field(() => [CustomFieldOptionRename], {
    nullable: true,
    description:
      'Options renamed (their users keep the choice under the new name); other options left out of `options` are cleared on users.',
  })
  @MaxItems(L.options)
  renamedOptions?: CustomFieldOptionRename[] | null;
}

@InputType({ description: 'A value of a custom field; null (or blank) clears it.' })
export class UserCustomFieldValueInput implements CustomFieldValueFields {
  @Field(() => ID) fieldId: string;
  /** Checked against the field's type by the service (checkCustomValues), which names `input.customFields.<i>.value`. */
  @Field(() => String, { nullable: true }) value?: string | null;
}
