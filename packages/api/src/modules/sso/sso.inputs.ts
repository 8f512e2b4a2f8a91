import { Field, ID, InputType } from 'type-graphql';
import { AgentType } from '../agent/agent.entity';
import { SsoProtocolKind, TrustProviderMfa } from './sso-provider.entity';
import { OidcConfigInput } from './oidc/oidc.inputs';
import { SamlConfigInput } from './saml/saml.inputs';

@InputType()
export class SsoGroupTeamMappingInput {
  @Field({ description: 'A group name as the provider sends it (at most 200 characters; compared ignoring case).' }) group: string;
  @Field(() => ID) teamId: string;
}

/** One input for create and update: an update replaces every field (a secret left out is kept). */
@InputType()
export class SsoProviderInput {
  @Field(() => SsoProtocolKind, { description: 'Cannot change after creation.' }) protocol: SsoProtocolKind;
  @Field({ description: '1 to 100 characters: "Sign in with <displayName>".' }) displayName: string;
  @Field({ defaultValue: true }) enabled: boolean;
  @Field({ defaultValue: 'email', description: 'Claim / attribute with the email address.' }) emailClaim: string;
  @Field({ defaultValue: 'name', description: 'Claim / attribute with the name.' }) nameClaim: string;
  @Field(() => String, { nullable: true, description: 'Claim / attribute with group names; null: none.' }) groupsClaim?: string | null;
  @Field(() => [SsoGroupTeamMappingInput], { nullable: true, description: 'At most 100.' }) groupTeamMappings?:
    SsoGroupTeamMappingInput[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Groups of agents created at their first sign-in; omitted: [1] All Permissions (none for light agents).',
  })
  defaultPermissionGroupIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Teams of agents created at their first sign-in.' }) defaultTeamIds?: string[] | null;
  @Field(() => AgentType, {
    defaultValue: AgentType.FULL,
    description: 'Type of agents created at their first sign-in; LIGHT agents take no seat and hold no permission groups.',
  })
  defaultAgentType: AgentType;
  @Field(() => TrustProviderMfa, { defaultValue: TrustProviderMfa.NEVER }) trustProviderMfa: TrustProviderMfa;
  @Field(() => OidcConfigInput, { nullable: true, description: 'Required for OIDC.' }) oidc?: OidcConfigInput | null;
  @Field(() => SamlConfigInput, { nullable: true, description: 'Required for SAML.' }) saml?: SamlConfigInput | null;
}
