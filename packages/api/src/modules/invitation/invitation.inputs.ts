import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AgentType } from '../agent/agent.entity';
import type { InviteAgentFields } from './invitation.service';

@InputType()
export class InviteAgentInput implements InviteAgentFields {
  @Field() @MaxLength(254) email: string;
  @Field({ nullable: true }) @MaxLength(200) name?: string;
  @Field({ nullable: true, defaultValue: false }) isAdmin: boolean;
  @Field(() => AgentType, { nullable: true, description: 'The type of agent accepting creates; omitted: FULL.' }) agentType?: AgentType;
  @Field({ nullable: true, description: "The invitee's language tag (the email's, and the new agent's); omitted: the inviting agent's." })
  @MaxLength(16)
  language?: string;
  @Field(() => [ID], { nullable: true }) teamIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Omitted: [1] All Permissions ([] for a LIGHT agent).' }) permissionGroupIds?: string[];
}
