import { MaxLength } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { PHONE_INPUT_MAX_LENGTH, PHONE_LABELS } from '@roster/shared';
import type { PhoneFields } from './agent.types';

/** The labels as a GraphQL enum (shared/phone.ts holds the list). */
export const PhoneLabel = Object.fromEntries(PHONE_LABELS.map((l) => [l, l])) as { [K in (typeof PHONE_LABELS)[number]]: K };
registerEnumType(PhoneLabel, {
  name: 'PhoneLabel',
  description: 'What a phone is for. The single fields map to labels: phone = SMS, landlinePhone = LANDLINE, mobilePhone = MOBILE.',
});

@InputType({ description: 'One phone of an agent: stored in E.164.' })
export class AgentPhoneInput implements PhoneFields {
  @Field(() => PhoneLabel) label: string;
  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166 region (GB) whose calling code a national number uses; omitted: the number starts with +.',
  })
  @MaxLength(2)
  country?: string | null;
  @Field(() => String) @MaxLength(PHONE_INPUT_MAX_LENGTH) number: string;
}
