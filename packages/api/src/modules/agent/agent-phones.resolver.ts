import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { formatPhone, splitPhone, type StoredPhone } from '@roster/shared';
import { Agent } from './agent.entity';
import { PhoneLabel } from './agent-phones.inputs';
import { firstPhone, LEGACY_PHONE_FIELDS } from './agent-phones';

@ObjectType({ description: "One of an agent's phones." })
export class AgentPhone {
  @Field(() => PhoneLabel) label: string;
  @Field({ description: 'E.164 (+447911123456); text kept as it was when isValid is false.' }) number: string;
  @Field({ description: 'International format (+44 7911 123456).' }) formatted: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166 region of the number, when known.' }) country: string | null;
  @Field({
    description: 'false: a number from before issue 24 that did not read as a phone number; kept until someone fixes or removes it.',
  })
  isValid: boolean;
}

const toAgentPhone = (p: StoredPhone): AgentPhone => ({
  label: p.label,
  number: p.number,
  formatted: formatPhone(p.number),
  country: p.valid === false ? null : splitPhone(p.number).country,
  isValid: p.valid !== false,
});

/** The phone fields of Agent, answered from the row's list (no extra query). */
@Resolver(() => Agent)
export class AgentPhonesResolver {
  @FieldResolver(() => [AgentPhone], { description: 'At most 10 labelled numbers.' })
  phones(@Root() agent: Agent): AgentPhone[] {
    return (agent.phones ?? []).map(toAgentPhone);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The first SMS phone, set in Preferences (Roster sends no SMS).' })
  phone(@Root() agent: Agent): string | null {
    return firstPhone(agent.phones, LEGACY_PHONE_FIELDS.phone);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The first LANDLINE phone.' })
  landlinePhone(@Root() agent: Agent): string | null {
    return firstPhone(agent.phones, LEGACY_PHONE_FIELDS.landlinePhone);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The first MOBILE phone.' })
  mobilePhone(@Root() agent: Agent): string | null {
    return firstPhone(agent.phones, LEGACY_PHONE_FIELDS.mobilePhone);
  }
}
