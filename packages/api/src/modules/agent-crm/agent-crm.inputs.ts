import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { USER_LIMITS as L } from '../user/user.validation';
import type { AgentCrmProfileFields } from './agent-crm.service';

@InputType({ description: "An agent's CRM summary and contact information. Omitted fields stay as they are; null (or blank) clears one." })
export class UpdateAgentCrmProfileInput implements AgentCrmProfileFields {
  @Field(() => String, { nullable: true }) @MaxLength(L.summary) summary?: string | null;
  @Field(() => String, { nullable: true, description: 'The CRM phone; the Preferences phone (SMS) is not changed.' })
  @MaxLength(L.phone)
  phone?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(L.website) website?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(L.im) im?: string | null;
  @Field(() => String, { nullable: true, description: 'A handle, @handle or profile URL; stored without @.' })
  @MaxLength(L.twitter)
  twitter?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(L.linkedin) linkedin?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(L.facebook) facebook?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(L.address) address?: string | null;
}
